package fr.bobine.rights.cuesheet;

import java.util.Locale;

/**
 * Formats of music identifiers. Sources: ISO 15707 (ISWC, T + 9 digits + check digit, weights 1..9, 1 + Σ i·dᵢ),
 * ISO 3901 (ISRC, 5 alphanumerics + 7 digits), CISAC CWR 2.1 (IPI name number 11 digits, IPI base I-999999999-9).
 */
public final class MusicIdentifiers {

    private MusicIdentifiers() {
    }

    /** The ISWC without separators (T0345246801), or null when it is not a valid ISWC. */
    public static String iswc(String text) {
        String compact = text.toUpperCase(Locale.ROOT).replaceAll("[-.\\s]", "");
        if (!compact.matches("T\\d{10}")) {
            return null;
        }
        int sum = 1;
        for (int i = 1; i <= 9; i++) {
            sum += i * (compact.charAt(i) - '0');
        }
        return (10 - sum % 10) % 10 == compact.charAt(10) - '0' ? compact : null;
    }

    /** The ISRC without dashes (FRZ031400212), or null when it is not one. */
    public static String isrc(String text) {
        String compact = text.toUpperCase(Locale.ROOT).replace("-", "");
        return compact.matches("[A-Z]{2}[A-Z0-9]{3}\\d{7}") ? compact : null;
    }

    public static boolean isIpi(String text) {
        return text.matches("\\d{11}") || text.matches("I-\\d{9}-\\d");
    }
}
