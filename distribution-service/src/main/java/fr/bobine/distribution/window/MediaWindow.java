package fr.bobine.distribution.window;

import java.time.LocalDate;

/**
 * One window of the French media chronology: {@code media} may open {@code monthsAfterRelease} months after the
 * first theatrical release in France, under the accord in force between validFrom and validTo.
 * {@code defaultForMedia} marks the window a contract of that media gets when it names none.
 */
public record MediaWindow(String code, String accord, RightsMedia media, int monthsAfterRelease, boolean defaultForMedia,
        String condition, boolean verified, LocalDate validFrom, LocalDate validTo) {

    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }
}
