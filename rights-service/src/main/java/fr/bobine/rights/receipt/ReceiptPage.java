package fr.bobine.rights.receipt;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReceiptPage", description = "One page of a production's receipts, in the order they were recorded")
public record ReceiptPage(
        List<ReceiptDto> items,
        int page,
        int size,
        long totalItems,
        int totalPages,
        @Schema(nullable = true, description = "Number of the next page; absent on the last page") Integer nextPage) {
}
