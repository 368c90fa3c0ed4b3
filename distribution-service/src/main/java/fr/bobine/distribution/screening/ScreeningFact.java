package fr.bobine.distribution.screening;

import java.time.LocalDate;
import java.util.UUID;

import fr.bobine.distribution.territory.Countries;

/**
 * One entry of the screening log as the premiere rules read it. {@code country} is where it took place, or for a
 * geo-blocked online screening the only country that could watch it.
 */
public record ScreeningFact(UUID id, LocalDate date, String country, ScreeningKind kind, boolean isPublic, String event) {

    public boolean isOnline() {
        return kind == ScreeningKind.ONLINE || kind == ScreeningKind.ONLINE_GEO_BLOCKED;
    }

    /** Whether people in {@code place} could see it: an open online screening reaches everyone. */
    public boolean reaches(String place) {
        return kind == ScreeningKind.ONLINE || country.equals(place);
    }

    public boolean reachesOutside(String origin) {
        return kind == ScreeningKind.ONLINE || !country.equals(origin);
    }

    public boolean reachesEuropeOutside(String origin) {
        return kind == ScreeningKind.ONLINE || (Countries.isEuropean(country) && !country.equals(origin));
    }

    public String describe() {
        return kind + " in " + country + " on " + date + (event == null ? "" : " (" + event + ")");
    }
}
