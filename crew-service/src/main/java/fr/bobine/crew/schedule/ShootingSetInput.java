package fr.bobine.crew.schedule;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ShootingSetInput", description = "A set or location of the production")
public record ShootingSetInput(
        @NotBlank @Pattern(regexp = "[A-Z0-9-]{1,50}", message = "must be 1 to 50 capitals, digits or dashes")
        @Schema(example = "FALAISE") String code,
        @NotBlank @Size(max = 200) @Schema(example = "Falaise de Kéréon") String name,
        @NotNull SetKind kind,
        @NotNull @Valid LocationAddress address,
        @Size(max = 2000) @Schema(nullable = true, description = "Access, parking, base camp") String accessNotes,
        @Size(max = 300) @Schema(nullable = true, description = "The nearest emergency department, printed on the call sheet",
                example = "Hôpital de la Cavale Blanche, bd Tanguy Prigent, 29200 Brest") String nearestHospital) {
}
