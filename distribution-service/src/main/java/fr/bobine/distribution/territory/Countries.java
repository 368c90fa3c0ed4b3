package fr.bobine.distribution.territory;

import java.util.Locale;
import java.util.Set;

/** ISO 3166-1 alpha-2 country codes, and the European countries used by the European-premiere rules. */
public final class Countries {

    private static final Set<String> ISO = Set.of(Locale.getISOCountries());

    // Council of Europe members and European microstates; Berlinale Generation speaks of "Europe" without a list.
    private static final Set<String> EUROPE = Set.of("AD", "AL", "AM", "AT", "AZ", "BA", "BE", "BG", "BY", "CH", "CY",
            "CZ", "DE", "DK", "EE", "ES", "FI", "FO", "FR", "GB", "GE", "GI", "GR", "HR", "HU", "IE", "IS", "IT", "LI",
            "LT", "LU", "LV", "MC", "MD", "ME", "MK", "MT", "NL", "NO", "PL", "PT", "RO", "RS", "RU", "SE", "SI", "SK",
            "SM", "UA", "VA");

    private Countries() {
    }

    public static boolean isKnown(String code) {
        return code != null && ISO.contains(code);
    }

    public static boolean isEuropean(String code) {
        return EUROPE.contains(code);
    }

    /** The code, or an IllegalArgumentException naming it when ISO 3166-1 does not know it. */
    public static String require(String code) {
        if (!isKnown(code)) {
            throw new IllegalArgumentException("'" + code + "' is not an ISO 3166-1 alpha-2 country code");
        }
        return code;
    }
}
