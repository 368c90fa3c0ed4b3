package fr.bobine.budget.costreport;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CostReportSnapshotSummary", description = "One kept cost report, without its lines")
public record SnapshotSummary(UUID id, LocalDate weekEnding, @Schema(nullable = true) String note, int versionNumber,
        Instant takenAt, String takenBy, CostFiguresDto total) {
}
