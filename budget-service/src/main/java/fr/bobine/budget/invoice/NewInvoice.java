package fr.bobine.budget.invoice;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.platform.money.Money;

@Schema(name = "NewInvoice", description = "A supplier invoice to match against its purchase order")
public record NewInvoice(
        @NotNull UUID orderId,
        @NotBlank @Size(max = 60) @Schema(description = "the supplier's invoice number, unique per supplier") String number,
        @NotNull LocalDate invoiceDate,
        @Schema(nullable = true, description = "defaults to the invoice date plus the order's payment terms") LocalDate dueDate,
        @NotNull Money net,
        @NotNull Money vat,
        @NotNull Money gross) {
}
