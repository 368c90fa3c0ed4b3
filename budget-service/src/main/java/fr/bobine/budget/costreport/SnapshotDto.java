package fr.bobine.budget.costreport;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CostReportSnapshot", description = "A cost report kept as it stood on its week-ending date, estimates to "
        + "complete of that week included; immutable")
public record SnapshotDto(UUID id, UUID productionId, LocalDate weekEnding, @Schema(nullable = true) String note,
        Instant takenAt, String takenBy, CostReportDto report) {
}
