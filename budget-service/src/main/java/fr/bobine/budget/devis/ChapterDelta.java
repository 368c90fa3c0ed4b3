package fr.bobine.budget.devis;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.platform.money.Money;

@Schema(name = "BudgetChapterDelta", description = "A chapter's total in both versions")
public record ChapterDelta(String code, String labelFr, String labelEn, Money before, Money after, Money delta) {
}
