package fr.bobine.budget.costreport;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.platform.money.Money;

@Schema(name = "CostReport", description = "The cost report of a production against its locked budget version. Estimates to "
        + "complete are the current ones (they keep no history); a snapshot keeps those of its week")
public record CostReportDto(UUID productionId, String productionTitle,
        @Schema(nullable = true, description = "the date the report stands at (documents dated on or before it, the version "
                + "locked at its end); absent: everything booked so far, post-dated documents included") LocalDate asOf,
        UUID budgetId, UUID versionId, int versionNumber,
        @Schema(description = "when the reported version was locked") Instant versionLockedAt, String currency,
        List<CostReportLineDto> lines, List<CostReportTotalDto> accounts, List<CostReportTotalDto> chapters,
        CostFiguresDto total,
        @Schema(description = "the variance of the cost lines alone, without frais généraux and imprévus") Money costLinesVariance,
        @Schema(nullable = true, description = "planned against actual labour, from crew-service's published shooting schedule; "
                + "null until one is published") CostReportLabourDto labour) {
}
