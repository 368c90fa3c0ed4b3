package fr.bobine.platform.production;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A service's copy of a production, as crew, rights and distribution serve it: the fields of budget-service's
 * {@code Production} that the {@code production.*} events carry, with the master's version it reflects.
 */
@Schema(name = "ProductionCopy", description = "This service's copy of a production; budget-service owns the master record")
public record ProductionCopy(
        UUID id,
        @Schema(maxLength = 300) String title,
        @Schema(nullable = true, maxLength = 300) String originalTitle,
        ProductionKind kind,
        ProductionStatus status,
        DelegatedProducer delegatedProducer,
        @Schema(nullable = true) LocalDate plannedShootingStart,
        @Schema(nullable = true) LocalDate plannedShootingEnd,
        @Schema(description = "Version of budget-service's record this copy reflects (its ETag there)", minimum = "0")
        long version,
        @Schema(description = "When budget-service last changed the production") Instant updatedAt) {
}
