package fr.bobine.crew.callsheet;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CallSheetPage", description = "One page of call sheets, by date then version")
public record CallSheetPage(
        List<CallSheetSummary> items,
        int page,
        int size,
        long totalItems,
        int totalPages,
        @Schema(nullable = true, description = "Number of the next page; null on the last page") Integer nextPage) {
}
