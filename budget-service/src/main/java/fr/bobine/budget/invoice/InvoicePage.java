package fr.bobine.budget.invoice;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "InvoicePage", description = "One page of a production's invoices, by date")
public record InvoicePage(
        List<InvoiceDto> items,
        int page,
        int size,
        long totalItems,
        int totalPages,
        @Schema(nullable = true, description = "Number of the next page; absent on the last page") Integer nextPage) {
}
