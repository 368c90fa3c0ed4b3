package fr.bobine.budget.costreport;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewCostReportSnapshot", description = "Keep the cost report of a week as it is sent")
public record NewSnapshot(
        @NotNull @Schema(description = "the date the report stands at, usually the last day of the reporting week") LocalDate weekEnding,
        @Size(max = 500) @Schema(nullable = true, description = "e.g. to whom it was sent") String note) {
}
