package fr.bobine.budget.supplier;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SupplierPage", description = "One page of suppliers, by name")
public record SupplierPage(
        List<SupplierDto> items,
        int page,
        int size,
        long totalItems,
        int totalPages,
        @Schema(nullable = true, description = "Number of the next page; absent on the last page") Integer nextPage) {
}
