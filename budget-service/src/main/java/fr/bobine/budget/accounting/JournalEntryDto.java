package fr.bobine.budget.accounting;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "JournalEntry", description = "A balanced accounting entry generated from a matched invoice (journal AC), "
        + "a payment (BQ) or a month of payroll (PAIE)")
public record JournalEntryDto(UUID id, String number, String journalCode, LocalDate entryDate, String pieceRef,
        LocalDate pieceDate, String label, LocalDate validDate,
        @Schema(nullable = true, description = "the invoice of a purchase entry") UUID invoiceId,
        @Schema(nullable = true, description = "the payment of a bank entry") UUID paymentId,
        @Schema(nullable = true, description = "the month of a payroll entry, YYYY-MM") String payrollMonth,
        List<JournalLineDto> lines) {
}
