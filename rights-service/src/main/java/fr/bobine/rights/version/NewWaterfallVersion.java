package fr.bobine.rights.version;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.rights.waterfall.WaterfallDefinition;

@Schema(name = "NewWaterfallVersion", description = "A waterfall version (scenario) of a production, or its replacement")
public record NewWaterfallVersion(
        @NotBlank @Size(max = 200) @Schema(example = "Contrats signés") String name,
        @Schema(nullable = true, description = "French theatrical release; starts the statement deadlines", example = "2026-03-04")
        LocalDate releaseDate,
        @NotNull @Schema(description = "The graph: positions, groups and the entry node") WaterfallDefinition definition) {
}
