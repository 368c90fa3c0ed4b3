package fr.bobine.budget.devis;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.platform.money.Money;

@Schema(name = "BudgetAccountTotal", description = "The total of one account, its lines and the social charges posted to it")
public record AccountTotal(String code, @Schema(nullable = true) String parentCode, String chapterCode, int level,
        String labelFr, String labelEn, Money total) {
}
