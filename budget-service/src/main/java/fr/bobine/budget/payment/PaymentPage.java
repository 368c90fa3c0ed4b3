package fr.bobine.budget.payment;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.platform.money.Money;

@Schema(name = "PaymentPage",
        description = "One page of payments by date; filtered by invoice, with what is paid and still due on the whole invoice")
public record PaymentPage(
        List<PaymentDto> items,
        int page,
        int size,
        long totalItems,
        int totalPages,
        @Schema(nullable = true, description = "Number of the next page; absent on the last page") Integer nextPage,
        @Schema(nullable = true, description = "paid on the invoice, all pages, when filtered by invoice") Money invoicePaid,
        @Schema(nullable = true, description = "gross less paid, when filtered by invoice") Money invoiceRemaining) {
}
