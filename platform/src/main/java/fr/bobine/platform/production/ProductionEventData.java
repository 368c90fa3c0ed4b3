package fr.bobine.platform.production;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** What a copy reads of production.created / production.updated v1; other fields are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
record ProductionEventData(
        UUID productionId,
        String title,
        String originalTitle,
        String kind,
        String status,
        String delegatedProducerName,
        String delegatedProducerSiret,
        LocalDate plannedShootingStart,
        LocalDate plannedShootingEnd,
        Long version,
        Instant updatedAt) {
}
