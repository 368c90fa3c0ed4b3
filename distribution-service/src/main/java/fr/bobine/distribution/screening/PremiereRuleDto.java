package fr.bobine.distribution.screening;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.distribution.territory.CountryCode;

@Schema(name = "PremiereRule", description = "A festival section's premiere rule in force from validFrom to validTo: each flag is one clause")
public record PremiereRuleDto(
        @NotBlank @Pattern(regexp = "[A-Z0-9_]{2,60}") @Schema(example = "BERLINALE_COMPETITION") String code,
        @NotBlank String festival,
        @NotBlank String section,
        boolean noEarlierPublicScreening,
        boolean noScreeningOutsideOrigin,
        boolean noInternationalFestival,
        boolean noOnline,
        boolean onlineGeoBlockedToOriginAllowed,
        boolean noTelevision,
        boolean noScreeningInEuropeOutsideOrigin,
        @NotNull List<@CountryCode String> forbiddenCountries,
        @NotNull LocalDate validFrom,
        @Schema(nullable = true) LocalDate validTo,
        @NotBlank @Schema(description = "Where the rule comes from: regulations, edition, page") String source) {

    static PremiereRuleDto of(PremiereRule r) {
        return new PremiereRuleDto(r.code(), r.festival(), r.section(), r.noEarlierPublicScreening(),
                r.noScreeningOutsideOrigin(), r.noInternationalFestival(), r.noOnline(), r.onlineGeoBlockedToOriginAllowed(),
                r.noTelevision(), r.noScreeningInEuropeOutsideOrigin(), r.forbiddenCountries().stream().sorted().toList(),
                r.validFrom(), r.validTo(), r.source());
    }
}
