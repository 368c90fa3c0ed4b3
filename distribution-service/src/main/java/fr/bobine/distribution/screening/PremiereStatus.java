package fr.bobine.distribution.screening;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The premieres a film can still claim, derived from its public screenings and never stored: a world premiere
 * until any public screening, an international one until one outside the country of origin, a European one until
 * one in another European country, a national one in a country until one reaches it (shared/domain/distribution.md §0, §1.2).
 */
public record PremiereStatus(
        boolean worldPremiereAvailable,
        boolean internationalPremiereAvailable,
        boolean europeanPremiereAvailable,
        Map<String, Boolean> nationalPremiereAvailable,
        Optional<ScreeningFact> firstPublicScreening) {

    public static PremiereStatus of(List<ScreeningFact> log, String originCountry, List<String> countries) {
        List<ScreeningFact> open = log.stream().filter(ScreeningFact::isPublic).toList();
        Map<String, Boolean> national = new LinkedHashMap<>();
        for (String c : countries) {
            national.put(c, open.stream().noneMatch(s -> s.reaches(c)));
        }
        return new PremiereStatus(open.isEmpty(),
                open.stream().noneMatch(s -> s.reachesOutside(originCountry)),
                open.stream().noneMatch(s -> s.reachesEuropeOutside(originCountry)),
                national,
                open.stream().min(Comparator.comparing(ScreeningFact::date)));
    }
}
