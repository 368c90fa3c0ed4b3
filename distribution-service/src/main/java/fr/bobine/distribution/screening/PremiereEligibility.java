package fr.bobine.distribution.screening;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A festival's premiere rule as a predicate over the screening log. Sources: Venice regulations 2022
 * (labiennale.org), Cannes règlement (festival-cannes.com), Berlinale competition guidelines (berlinale.de), via
 * shared/domain/distribution.md §1.2. Only public screenings before the festival opens count.
 */
public final class PremiereEligibility {

    private PremiereEligibility() {
    }

    public record Violation(ScreeningFact screening, String reason) {
    }

    /** Every (screening, clause) pair that breaks {@code rule}; empty when the film is still eligible. */
    public static List<Violation> violations(PremiereRule rule, List<ScreeningFact> log, String originCountry,
            LocalDate festivalOpens) {
        List<Violation> found = new ArrayList<>();
        for (ScreeningFact s : log) {
            if (!s.isPublic() || (festivalOpens != null && !s.date().isBefore(festivalOpens))) {
                continue;
            }
            if (rule.noEarlierPublicScreening()) {
                found.add(new Violation(s, rule.festival() + " takes only world premieres: no earlier public screening anywhere"));
            }
            if (rule.noScreeningOutsideOrigin() && s.reachesOutside(originCountry)) {
                found.add(new Violation(s, rule.festival() + ": no public screening outside the country of origin " + originCountry));
            }
            if (rule.noInternationalFestival() && s.kind() == ScreeningKind.FESTIVAL_INTERNATIONAL) {
                found.add(new Violation(s, rule.festival() + ": no earlier international festival selection"));
            }
            if (rule.noOnline() && s.isOnline() && !(rule.onlineGeoBlockedToOriginAllowed()
                    && s.kind() == ScreeningKind.ONLINE_GEO_BLOCKED && s.country().equals(originCountry))) {
                found.add(new Violation(s, rule.festival() + ": no earlier online screening"
                        + (rule.onlineGeoBlockedToOriginAllowed() ? " unless geo-blocked to the country of origin" : "")));
            }
            if (rule.noTelevision() && s.kind() == ScreeningKind.TV) {
                found.add(new Violation(s, rule.festival() + ": no earlier television broadcast"));
            }
            if (rule.noScreeningInEuropeOutsideOrigin() && s.reachesEuropeOutside(originCountry)) {
                found.add(new Violation(s, rule.festival() + ": no public screening in Europe outside the country of origin"));
            }
            for (String forbidden : rule.forbiddenCountries().stream().sorted().toList()) {
                if (s.reaches(forbidden)) {
                    found.add(new Violation(s, rule.festival() + ": never screened publicly in " + forbidden));
                }
            }
        }
        return found;
    }

    public static boolean eligible(PremiereRule rule, List<ScreeningFact> log, String originCountry, LocalDate festivalOpens) {
        return violations(rule, log, originCountry, festivalOpens).isEmpty();
    }
}
