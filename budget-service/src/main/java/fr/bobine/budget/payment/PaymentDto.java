package fr.bobine.budget.payment;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.platform.money.Money;

@Schema(name = "Payment", description = "A supplier payment against one invoice, imported or typed by hand")
public record PaymentDto(UUID id, UUID invoiceId, @Schema(example = "TPX-27-0412") String invoiceNumber,
        @Schema(example = "39124478000014") String supplierSiret, LocalDate paidOn, Money amount,
        @Schema(description = "the accounting software's reference of the bank line, else sha256: and a digest of date, "
                + "SIRET, invoice number and amount") String reference,
        @Schema(nullable = true) String label,
        @Schema(nullable = true, description = "the import that booked it; absent when typed by hand") UUID importId,
        @Schema(nullable = true, description = "its line in the imported file (the header is line 1)") Integer lineNumber) {

    static PaymentDto of(Payment p) {
        return new PaymentDto(p.id, p.invoiceId, p.invoiceNumber, p.supplierSiret, p.paidOn, new Money(p.amount, p.currency),
                p.externalRef, p.label, p.importId, p.lineNumber);
    }
}
