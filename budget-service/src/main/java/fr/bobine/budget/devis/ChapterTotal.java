package fr.bobine.budget.devis;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.platform.money.Money;

@Schema(name = "BudgetChapterTotal", description = "The total of one chapter")
public record ChapterTotal(String code, String labelFr, String labelEn, Money total) {
}
