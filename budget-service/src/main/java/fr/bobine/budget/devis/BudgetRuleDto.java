package fr.bobine.budget.devis;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.platform.money.Money;

@Schema(name = "BudgetRule", description = "A percentage line of a version with its computed base and amount")
public record BudgetRuleDto(String code, RuleKind kind, String labelFr, String labelEn, String rate, List<String> baseChapters,
        List<String> excludedRules, @Schema(nullable = true) Money cap, int position, Money base, Money amount, boolean capped) {
}
