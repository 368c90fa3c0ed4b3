package fr.bobine.distribution.screening;

import java.time.LocalDate;
import java.util.Set;

/**
 * What a festival section demands of the film's earlier public screenings. Stored as dated data (table
 * premiere_rule) because festivals change their regulations every edition; each flag is one clause of them.
 */
public record PremiereRule(
        String code,
        String festival,
        String section,
        boolean noEarlierPublicScreening,
        boolean noScreeningOutsideOrigin,
        boolean noInternationalFestival,
        boolean noOnline,
        boolean onlineGeoBlockedToOriginAllowed,
        boolean noTelevision,
        boolean noScreeningInEuropeOutsideOrigin,
        Set<String> forbiddenCountries,
        LocalDate validFrom,
        LocalDate validTo,
        String source) {

    public PremiereRule {
        forbiddenCountries = forbiddenCountries == null ? Set.of() : Set.copyOf(forbiddenCountries);
    }

    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }
}
