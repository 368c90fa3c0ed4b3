package fr.bobine.budget.devis;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.platform.money.Money;

@Schema(name = "BudgetLine", description = "A budget line with its computed amount and social charges")
public record BudgetLineDto(UUID id,
        @Schema(description = "The same line across copies of a version") UUID lineage,
        String accountCode, String chapterCode, String label, @Schema(example = "8") String quantity,
        @Schema(nullable = true) String unit, Money rate,
        @Schema(example = "1") String exchangeRate, boolean spentInFrance, FringeCategory fringeCategory,
        @Schema(nullable = true) String note,
        @Schema(description = "quantity x rate in the line currency") Money amountInCurrency,
        @Schema(description = "In the budget currency") Money amount,
        String fringeRate, Money fringe, int position, long version) {
}
