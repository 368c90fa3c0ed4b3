package fr.bobine.budget.accounting;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PayrollPosting", description = "What posting a month of payroll booked: the entry, or nothing when every "
        + "labour cost of the month was already posted")
public record PayrollPostingDto(@Schema(example = "2027-04") String month,
        @Schema(description = "labour costs posted by this request") int costsPosted,
        @Schema(description = "labour costs of the month posted by an earlier request") int costsAlreadyPosted,
        @Schema(nullable = true, description = "the entry booked, absent when there was nothing new") JournalEntryDto entry) {
}
