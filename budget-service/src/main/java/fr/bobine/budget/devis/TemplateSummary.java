package fr.bobine.budget.devis;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BudgetTemplateSummary", description = "A budget layout")
public record TemplateSummary(@Schema(example = "CNC-CINEMA") String code, String kind, String labelFr, String labelEn,
        int accountCount) {
}
