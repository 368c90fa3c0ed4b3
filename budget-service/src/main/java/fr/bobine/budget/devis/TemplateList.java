package fr.bobine.budget.devis;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BudgetTemplateList", description = "All budget templates")
public record TemplateList(List<TemplateSummary> items) {
}
