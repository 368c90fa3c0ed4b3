package fr.bobine.platform.inbox;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DeadLetterPage")
public record DeadLetterPage(List<DeadLetterEvent> items, int page, int size, long totalItems,
        @Schema(nullable = true, description = "Number of the next page, absent on the last one") Integer nextPage) {
}
