package fr.bobine.budget.costreport;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.platform.money.Money;

@Schema(name = "CostReport", description = "The cost report of a production against its locked budget version")
public record CostReportDto(UUID productionId, UUID budgetId, UUID versionId, int versionNumber, String currency,
        List<CostReportLineDto> lines, List<CostReportTotalDto> accounts, List<CostReportTotalDto> chapters,
        CostFiguresDto total,
        @Schema(description = "the variance of the cost lines alone, without frais généraux and imprévus") Money costLinesVariance) {
}
