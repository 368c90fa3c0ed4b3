package fr.bobine.budget.costreport;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CostReportComparison", description = "Two cost reports of a production side by side: lines that moved "
        + "first (largest change of estimated final cost first), then the others; chapters and total in report order")
public record ComparisonDto(UUID productionId, String productionTitle, String currency, ComparedReportDto from,
        ComparedReportDto to, @Schema(description = "how many lines moved") int linesMoved, List<ComparedLineDto> lines,
        List<ComparedLineDto> chapters, ComparedLineDto total) {
}
