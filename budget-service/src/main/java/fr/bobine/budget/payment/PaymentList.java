package fr.bobine.budget.payment;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.platform.money.Money;

@Schema(name = "PaymentList", description = "Payments by date; filtered by invoice, with what is paid and still due on it")
public record PaymentList(List<PaymentDto> items,
        @Schema(nullable = true, description = "paid on the invoice, when filtered by invoice") Money invoicePaid,
        @Schema(nullable = true, description = "gross less paid, when filtered by invoice") Money invoiceRemaining) {
}
