package fr.bobine.rights.production;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Production", description = "rights-service's copy of a production (budget-service owns it)")
public record ProductionView(
        UUID id,
        String title,
        @Schema(nullable = true) String originalTitle,
        @Schema(example = "FEATURE_FILM") String kind,
        @Schema(example = "PRE_PRODUCTION") String status,
        String delegatedProducerName,
        @Schema(nullable = true) LocalDate plannedShootingStart,
        @Schema(nullable = true) LocalDate plannedShootingEnd,
        @Schema(description = "Version of budget-service's record this copy reflects") long sourceVersion,
        Instant sourceUpdatedAt) {
}
