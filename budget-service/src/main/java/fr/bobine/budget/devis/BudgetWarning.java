package fr.bobine.budget.devis;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BudgetWarning", description = "A rule the budget breaks without being refused, e.g. a transparency cap")
public record BudgetWarning(@Schema(example = "frais-generaux-above-transparency-cap") String code, String ruleCode,
        @Schema(description = "The rule's share of the film cost", example = "0.080000") String share,
        @Schema(example = "0.07") String cap, String message) {
}
