package fr.bobine.rights.cuesheet;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CueSheetPage", description = "One page of the production's cue sheets: the film's, or one per episode")
public record CueSheetPage(
        List<CueSheetDto> items,
        int page,
        int size,
        long totalItems,
        int totalPages,
        @Schema(nullable = true, description = "Number of the next page; absent on the last page") Integer nextPage) {
}
