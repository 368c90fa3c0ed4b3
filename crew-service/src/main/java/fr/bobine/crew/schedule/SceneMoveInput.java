package fr.bobine.crew.schedule;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SceneMoveInput", description = "Move a scheduled scene to another shooting day of the version")
public record SceneMoveInput(
        @NotNull UUID sceneId,
        @NotNull @Schema(description = "A shooting day of the version") LocalDate toDate,
        @Min(0) @Max(60) @Schema(nullable = true, description = "Place in the day's shooting order, from 0; the end when null")
        Integer position) {
}
