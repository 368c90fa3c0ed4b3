package fr.bobine.crew.callsheet;

import java.time.LocalTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Meal", description = "A meal the production provides on the day (CCN 3097 art. 46)")
public record Meal(
        @NotNull MealKind kind,
        @NotNull @Schema(type = SchemaType.STRING, pattern = "^[0-2][0-9]:[0-5][0-9](:[0-5][0-9])?$", example = "20:30") LocalTime time,
        @NotBlank @Size(max = 200) @Schema(example = "Cantine sous barnum, parking du phare") String place,
        @Size(max = 200) @Schema(nullable = true, example = "Traiteur du Stiff") String caterer) {
}
