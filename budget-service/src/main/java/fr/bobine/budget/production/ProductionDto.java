package fr.bobine.budget.production;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.platform.money.Money;
import fr.bobine.platform.production.DelegatedProducer;
import fr.bobine.platform.production.ProductionKind;
import fr.bobine.platform.production.ProductionStatus;

@Schema(name = "Production", description = "A film or series the company produces")
public record ProductionDto(
        UUID id,
        String title,
        @Schema(nullable = true) String originalTitle,
        ProductionKind kind,
        ProductionStatus status,
        @Schema(nullable = true) String genre,
        List<String> originalLanguages,
        @Schema(nullable = true) ProductionFormat format,
        DelegatedProducer delegatedProducer,
        @Schema(nullable = true) LocalDate plannedShootingStart,
        @Schema(nullable = true) LocalDate plannedShootingEnd,
        @Schema(nullable = true) Money estimatedBudget,
        @Schema(description = "Optimistic-locking version; the ETag is this number in quotes") long version,
        Instant createdAt,
        Instant updatedAt) {
}
