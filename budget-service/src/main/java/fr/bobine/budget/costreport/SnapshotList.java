package fr.bobine.budget.costreport;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CostReportSnapshotList", description = "The kept cost reports of a production, newest week first")
public record SnapshotList(List<SnapshotSummary> snapshots) {
}
