package fr.bobine.crew.schedule;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ScenePage", description = "One page of the breakdown's scenes")
public record ScenePage(
        List<SceneDto> items,
        int page,
        int size,
        long totalItems,
        int totalPages,
        @Schema(nullable = true, description = "Number of the next page; null on the last page") Integer nextPage) {
}
