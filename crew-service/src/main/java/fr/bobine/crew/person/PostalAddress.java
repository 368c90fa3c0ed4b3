package fr.bobine.crew.person;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PostalAddress", description = "A postal address")
public record PostalAddress(
        @NotBlank @Size(max = 200) @Schema(example = "8 rue des Vinaigriers") String street,
        @NotBlank @Size(max = 10) @Schema(example = "75010") String postcode,
        @NotBlank @Size(max = 100) @Schema(example = "Paris") String town,
        @NotBlank @Size(min = 2, max = 2) @Schema(example = "FR", description = "ISO 3166 country code") String country) {

    @Override
    public String toString() {
        return "PostalAddress[***]";
    }
}
