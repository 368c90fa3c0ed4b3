package fr.bobine.budget.cashflow;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.platform.money.Money;

@Schema(name = "CashFlowCategoryAmount", description = "A week's money in or out of one category")
public record CashFlowCategoryAmountDto(CashCategory category, Money amount) {
}
