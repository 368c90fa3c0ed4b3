package fr.bobine.budget.financing;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.platform.money.Money;

@Schema(name = "FinancingPlan", description = "The sources of a production's financing against its locked budget")
public record FinancingPlanDto(UUID productionId, boolean difficultOrLowBudget, TaxCreditScheme taxCreditScheme,
        List<FinancingSourceDto> sources, Money total, Money planned, Money requested, Money confirmed, Money received,
        @Schema(nullable = true, description = "The locked (approved) budget version measured against") UUID lockedVersionId,
        @Schema(nullable = true) Money lockedBudgetTotal,
        @Schema(nullable = true, description = "Locked budget minus plan total: positive is a gap, negative a surplus") Money gap,
        Money publicAid,
        @Schema(nullable = true, description = "Public aid / locked budget", example = "0.412000") String publicAidShare,
        @Schema(example = "0.50") String publicAidCeiling,
        @Schema(nullable = true) TaxCreditEstimate taxCredit,
        List<FinancingWarning> warnings, long version) {
}
