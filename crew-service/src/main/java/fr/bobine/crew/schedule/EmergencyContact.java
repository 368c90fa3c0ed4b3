package fr.bobine.crew.schedule;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EmergencyContact", description = "Who to call on set: the production manager, the régisseur, the set medic")
public record EmergencyContact(
        @NotBlank @Size(max = 100) @Schema(example = "Régisseur général") String role,
        @NotBlank @Size(max = 200) @Schema(example = "Yannick Le Goff") String name,
        @NotBlank @Size(max = 50) @Schema(example = "+33 6 12 34 56 78") String phone) {
}
