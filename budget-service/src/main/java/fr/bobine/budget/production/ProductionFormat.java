package fr.bobine.budget.production;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Length of the work: a runtime for a film, a number of episodes and their runtime for a series. */
@Schema(name = "ProductionFormat")
public record ProductionFormat(
        @Min(1) @Max(1000) @Schema(nullable = true, example = "105") Integer runtimeMinutes,
        @Min(1) @Max(1000) @Schema(nullable = true, example = "8") Integer episodeCount,
        @Min(1) @Max(600) @Schema(nullable = true, example = "52") Integer episodeRuntimeMinutes) {
}
