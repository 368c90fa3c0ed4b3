package fr.bobine.distribution.screening;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PremiereStatus", description = "Premieres the film can still claim, derived from the screening log")
public record PremiereStatusView(UUID productionId, String originCountry, boolean worldPremiereAvailable,
        boolean internationalPremiereAvailable, boolean europeanPremiereAvailable, List<NationalPremiere> national,
        @Schema(nullable = true) ScreeningDto firstPublicScreening) {

    @Schema(name = "NationalPremiere")
    public record NationalPremiere(String country, boolean available) {
    }
}
