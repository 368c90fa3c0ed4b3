package fr.bobine.platform.production;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProductionCopyPage", description = "One page of this service's copies of productions")
public record ProductionCopyPage(
        @Schema(maxItems = 200) List<ProductionCopy> items,
        @Schema(minimum = "0") int page,
        @Schema(minimum = "1", maximum = "200") int size,
        @Schema(minimum = "0") long totalItems,
        @Schema(minimum = "0") int totalPages,
        @Schema(nullable = true, description = "Number of the next page; null on the last page") Integer nextPage) {
}
