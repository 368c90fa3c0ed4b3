package fr.bobine.budget.accounting;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AccountMappingList", description = "The chart-of-accounts mapping, by budget account code")
public record AccountMappingList(List<AccountMappingDto> items) {
}
