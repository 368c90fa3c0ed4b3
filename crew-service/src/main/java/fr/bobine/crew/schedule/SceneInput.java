package fr.bobine.crew.schedule;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SceneInput", description = "A scene of the script breakdown")
public record SceneInput(
        @NotBlank @Pattern(regexp = "[0-9A-Za-z./-]{1,20}", message = "must be 1 to 20 letters, digits, dots, slashes or dashes")
        @Schema(example = "12A") String number,
        @NotNull @Schema(description = "A set of the production") UUID shootingSetId,
        @NotNull Setting setting,
        @NotNull TimeOfDay timeOfDay,
        @NotNull @Min(1) @Max(800) @Schema(description = "Length in eighths of a page: 19 is 2 3/8 pages", example = "19") Integer eighths,
        @Size(max = 2000) @Schema(nullable = true, example = "Anna découvre la lampe éteinte") String synopsis,
        @Size(max = 50) @Schema(nullable = true, description = "The cast of the scene; empty when none") List<@NotNull @Valid CastMember> cast,
        @Size(max = 30) @Schema(nullable = true, description = "Stunts, animals, vehicles, special effects...")
        List<@NotBlank @Size(max = 200) String> specialNeeds) {
}
