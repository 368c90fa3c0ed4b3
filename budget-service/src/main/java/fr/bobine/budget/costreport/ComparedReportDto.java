package fr.bobine.budget.costreport;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CostReportComparedReport", description = "One side of a comparison: a snapshot, or the current report")
public record ComparedReportDto(@Schema(nullable = true, description = "absent for the current report") UUID snapshotId,
        @Schema(nullable = true) LocalDate weekEnding, int versionNumber,
        @Schema(nullable = true, description = "when the snapshot was taken") Instant takenAt) {
}
