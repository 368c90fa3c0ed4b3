package fr.bobine.platform.problem;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** RFC 9457 problem details, the body of every error response ({@code application/problem+json}). */
@Schema(name = "Problem", description = "RFC 9457 problem details")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        @Schema(description = "URI reference that identifies the problem type", example = "urn:bobine:problem:validation") String type,
        @Schema(description = "Short summary of the problem type", example = "Invalid request") String title,
        @Schema(description = "HTTP status code", example = "400") int status,
        @Schema(description = "Explanation specific to this occurrence") String detail,
        @Schema(description = "The request path") String instance,
        @Schema(description = "One entry per invalid field") List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    static final String TYPE_PREFIX = "urn:bobine:problem:";

    public Problem withInstance(String path) {
        return new Problem(type, title, status, detail, path, errors);
    }

    /** One invalid field of a request: its JSON path ({@code delegatedProducer.siret}) and the reason. */
    @Schema(name = "ProblemFieldError")
    public record FieldError(
            @Schema(example = "delegatedProducer.siret") String field,
            @Schema(example = "must be a SIRET of 14 digits with a valid Luhn key") String reason) {
    }
}
