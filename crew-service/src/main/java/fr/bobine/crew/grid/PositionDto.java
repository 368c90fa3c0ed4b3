package fr.bobine.crew.grid;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Position", description = "A function of a collective agreement's classification")
public record PositionDto(
        @NotBlank @Pattern(regexp = "[A-Z0-9-]{2,40}", message = "must be 2 to 40 capitals, digits or dashes")
        @Schema(example = "3097-1ER-ASS-OP") String code,
        @NotBlank @Size(max = 200) @Schema(example = "1er assistant opérateur") String label,
        @NotNull Agreement agreement,
        @NotNull Annexe annexe,
        @Schema(description = "Cadre or non-cadre, a mandatory mention of the contract") boolean cadre,
        @Schema(description = "Décor, electric or grip craft (higher night premium in IDCC 2642)") boolean setCraft) {
}
