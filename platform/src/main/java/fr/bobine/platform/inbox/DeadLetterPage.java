package fr.bobine.platform.inbox;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DeadLetterPage", description = "One page of parked events, oldest first")
public record DeadLetterPage(
        @Schema(maxItems = 200) List<DeadLetterEvent> items,
        @Schema(minimum = "0") int page,
        @Schema(minimum = "1", maximum = "200") int size,
        @Schema(minimum = "0") long totalItems,
        @Schema(minimum = "0") int totalPages,
        @Schema(nullable = true, description = "Number of the next page; null on the last page") Integer nextPage) {
}
