package fr.bobine.distribution.release;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.distribution.territory.CountryCode;

@Schema(name = "ReleaseProfileInput")
public record ReleaseProfileInput(
        @NotNull @CountryCode @Schema(example = "FR") String originCountry,
        @Schema(nullable = true) LocalDate frenchReleaseDate) {
}
