package fr.bobine.crew.grid;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PayGuaranteePage", description = "One page of pay guarantees, by agreement, engagement and date")
public record PayGuaranteePage(
        List<PayGuaranteeDto> items,
        int page,
        int size,
        long totalItems,
        int totalPages,
        @Schema(nullable = true, description = "Number of the next page; absent on the last page") Integer nextPage) {
}
