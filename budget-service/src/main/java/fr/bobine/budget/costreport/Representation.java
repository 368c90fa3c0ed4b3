package fr.bobine.budget.costreport;

import java.util.List;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/**
 * The three forms a cost-control report is served in, chosen by the {@code Accept} header (RFC 9110 12.5.1): the
 * most preferred acceptable type wins; JSON for {@code *}/{@code *} or no header.
 */
public enum Representation {
    JSON(MediaType.APPLICATION_JSON), CSV("text/csv"), XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    public static final String CSV_TYPE = "text/csv";
    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public final String mediaType;

    Representation(String mediaType) {
        this.mediaType = mediaType;
    }

    public static Representation of(HttpHeaders headers) {
        List<MediaType> acceptable = headers == null ? List.of() : headers.getAcceptableMediaTypes();
        for (MediaType wanted : acceptable) {
            for (Representation r : values()) {
                if (wanted.isCompatible(MediaType.valueOf(r.mediaType))) {
                    return r;
                }
            }
        }
        return JSON;
    }
}
