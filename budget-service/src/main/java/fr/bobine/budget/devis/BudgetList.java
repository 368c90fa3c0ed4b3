package fr.bobine.budget.devis;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BudgetList", description = "The budgets of a production")
public record BudgetList(List<BudgetDto> items) {
}
