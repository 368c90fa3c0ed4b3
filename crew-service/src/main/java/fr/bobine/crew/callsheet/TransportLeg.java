package fr.bobine.crew.callsheet;

import java.time.LocalTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TransportLeg", description = "A shuttle or a car the production lays on for the day")
public record TransportLeg(
        @NotNull @Schema(type = SchemaType.STRING, pattern = "^[0-2][0-9]:[0-5][0-9](:[0-5][0-9])?$", example = "14:15") LocalTime departure,
        @NotBlank @Size(max = 200) @Schema(example = "Hôtel de la Baie") String from,
        @NotBlank @Size(max = 200) @Schema(example = "Falaise de Kéréon") String to,
        @Size(max = 200) @Schema(nullable = true, example = "Minibus 9 places") String vehicle,
        @Size(max = 500) @Schema(nullable = true, example = "Équipe image et électriciens") String passengers) {
}
