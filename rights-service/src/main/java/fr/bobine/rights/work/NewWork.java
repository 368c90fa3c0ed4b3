package fr.bobine.rights.work;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewWork", description = "An underlying work of the production with its rights holders")
public record NewWork(
        @NotNull WorkKind kind,
        @NotBlank String title,
        @Schema(description = "The work this one adapts (a screenplay adapted from a novel)") UUID adaptedFrom,
        List<@Valid RightsHolder> holders) {
}
