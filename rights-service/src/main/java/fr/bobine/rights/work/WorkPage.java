package fr.bobine.rights.work;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WorkPage", description = "One page of the production's underlying works, oldest first")
public record WorkPage(
        List<WorkDto> items,
        int page,
        int size,
        long totalItems,
        int totalPages,
        @Schema(nullable = true, description = "Number of the next page; absent on the last page") Integer nextPage) {
}
