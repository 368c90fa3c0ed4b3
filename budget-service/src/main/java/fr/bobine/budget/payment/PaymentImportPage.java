package fr.bobine.budget.payment;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PaymentImportPage", description = "One page of a production's payments imports, the latest first")
public record PaymentImportPage(
        List<PaymentImportDto> items,
        int page,
        int size,
        long totalItems,
        int totalPages,
        @Schema(nullable = true, description = "Number of the next page; absent on the last page") Integer nextPage) {
}
