package fr.bobine.budget.accounting;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "JournalEntryList", description = "Journal entries of a period in the order of their numbers")
public record JournalEntryList(List<JournalEntryDto> items) {
}
