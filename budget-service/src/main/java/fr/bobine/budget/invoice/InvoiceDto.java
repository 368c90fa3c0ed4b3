package fr.bobine.budget.invoice;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.platform.money.Money;

@Schema(name = "Invoice", description = "A supplier invoice, its match status and, when open, why; what is paid on it")
public record InvoiceDto(UUID id, UUID productionId, UUID orderId, UUID supplierId, String number, LocalDate invoiceDate,
        LocalDate dueDate, Money net, Money vat, Money gross, InvoiceStatus status, List<String> mismatchReasons,
        @Schema(description = "Sum of the payments recorded against the invoice (imported or typed)") Money paid,
        @Schema(description = "Gross less paid: what the production still owes the supplier") Money outstanding,
        PaymentStatus paymentStatus, long version) {
}
