package fr.bobine.budget.financing;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FinancingPlanSettings", description = "What the plan's ceilings and tax credit depend on")
public record FinancingPlanSettings(
        @NotNull @Schema(description = "Difficult or low-budget work: public aid ceiling 60 % instead of 50 %") Boolean difficultOrLowBudget,
        @NotNull TaxCreditScheme taxCreditScheme) {
}
