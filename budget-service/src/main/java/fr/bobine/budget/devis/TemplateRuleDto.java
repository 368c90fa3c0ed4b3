package fr.bobine.budget.devis;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.platform.money.Money;

@Schema(name = "TemplateRule", description = "A percentage rule new budgets on this template start with")
public record TemplateRuleDto(String code, RuleKind kind, String labelFr, String labelEn,
        @Schema(description = "Decimal string, 0.07 for 7 %", example = "0.070000") String rate,
        List<String> baseChapters, List<String> excludedRules, @Schema(nullable = true) Money cap, int position) {
}
