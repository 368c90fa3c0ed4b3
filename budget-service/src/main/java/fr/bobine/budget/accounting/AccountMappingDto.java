package fr.bobine.budget.accounting;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AccountMapping", description = "A budget account (or chapter) and its PCG account")
public record AccountMappingDto(String budgetAccountCode, String pcgAccount, String pcgLabel, long version) {
}
