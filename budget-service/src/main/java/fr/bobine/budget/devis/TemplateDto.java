package fr.bobine.budget.devis;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BudgetTemplate", description = "A budget layout with its chapters, accounts and default percentage rules")
public record TemplateDto(String code, String kind, String labelFr, String labelEn, List<TemplateAccountDto> accounts,
        List<TemplateRuleDto> rules) {
}
