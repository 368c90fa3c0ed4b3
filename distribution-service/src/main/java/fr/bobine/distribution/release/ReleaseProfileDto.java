package fr.bobine.distribution.release;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReleaseProfile", description = "Country of origin and first French theatrical release of a production")
public record ReleaseProfileDto(UUID productionId,
        @Schema(example = "FR", description = "ISO 3166-1 alpha-2; the seat of the (majority) production company") String originCountry,
        @Schema(nullable = true, description = "First theatrical release in France; media windows and accounts run from it") LocalDate frenchReleaseDate,
        long version) {
}
