package fr.bobine.budget.commitment;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PurchaseOrderPage", description = "One page of a production's purchase orders, oldest first")
public record PurchaseOrderPage(
        List<PurchaseOrderDto> items,
        int page,
        int size,
        long totalItems,
        int totalPages,
        @Schema(nullable = true, description = "Number of the next page; absent on the last page") Integer nextPage) {
}
