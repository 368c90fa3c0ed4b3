package fr.bobine.distribution.screening;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ScreeningPage")
public record ScreeningPage(List<ScreeningDto> items, int page, int size, long totalItems,
        @Schema(nullable = true) Integer nextPage) {
}
