package fr.bobine.budget.invoice;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.platform.money.Money;

@Schema(name = "Invoice", description = "A supplier invoice, its match status and, when open, why")
public record InvoiceDto(UUID id, UUID productionId, UUID orderId, UUID supplierId, String number, LocalDate invoiceDate,
        LocalDate dueDate, Money net, Money vat, Money gross, InvoiceStatus status, List<String> mismatchReasons,
        long version) {
}
