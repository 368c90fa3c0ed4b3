package fr.bobine.budget.production;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fr.bobine.platform.production.ProductionKind;
import fr.bobine.platform.production.ProductionStatus;

/**
 * Data of {@code production.created} and {@code production.updated} (v1): the state after the change. Schema:
 * {@code src/main/resources/events/production.v1.schema.json}; a breaking change is a new event version.
 */
public record ProductionEvent(
        UUID productionId,
        String title,
        String originalTitle,
        ProductionKind kind,
        ProductionStatus status,
        String genre,
        List<String> originalLanguages,
        String delegatedProducerName,
        String delegatedProducerSiret,
        LocalDate plannedShootingStart,
        LocalDate plannedShootingEnd,
        long version,
        Instant updatedAt) {

    public static final String CREATED = "production.created";
    public static final String UPDATED = "production.updated";

    static ProductionEvent of(Production p) {
        return new ProductionEvent(p.id, p.title, p.originalTitle, p.kind, p.status, p.genre, List.of(p.originalLanguages),
                p.producerName, p.producerSiret, p.plannedShootingStart, p.plannedShootingEnd, p.version, p.updatedAt);
    }
}
