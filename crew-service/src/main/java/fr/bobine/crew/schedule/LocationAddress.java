package fr.bobine.crew.schedule;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LocationAddress", description = "Where a set or location is: the address the call sheet gives")
public record LocationAddress(
        @NotBlank @Size(max = 200) @Schema(example = "Pointe de Kéréon") String street,
        @NotBlank @Size(max = 10) @Schema(example = "29242") String postcode,
        @NotBlank @Size(max = 100) @Schema(example = "Ouessant") String town,
        @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 country code") @Schema(example = "FR") String country) {
}
