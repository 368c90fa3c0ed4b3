package fr.bobine.budget.accounting;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "JournalEntry", description = "A balanced accounting entry generated from a matched invoice")
public record JournalEntryDto(UUID id, String number, String journalCode, LocalDate entryDate, String pieceRef,
        LocalDate pieceDate, String label, LocalDate validDate, @Schema(nullable = true) UUID invoiceId,
        List<JournalLineDto> lines) {
}
