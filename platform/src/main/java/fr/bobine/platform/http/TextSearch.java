package fr.bobine.platform.http;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The {@code q} of a list: a case- and accent-insensitive search, so that {@code q=leve} finds "Le Lève-tôt". The text
 * searched is compared as {@code lower(unaccent(column)) like :pattern} (PostgreSQL's unaccent extension, created by
 * each service's migration), the pattern made here from what the user typed.
 */
public final class TextSearch {

    public static final String PARAMETER = "q";
    /** Longest {@code q} a list accepts. */
    public static final int MAX_LENGTH = 100;

    private TextSearch() {
    }

    /** Lower case, accents removed: what {@code lower(unaccent(...))} makes of the same text. */
    public static String normalise(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    /**
     * The {@code like} pattern of {@code q} ({@code %term%}, the wildcards the user typed escaped with {@code \}),
     * or null when there is nothing to search.
     */
    public static String containsPattern(String q) {
        if (q == null || q.isBlank()) {
            return null;
        }
        String term = normalise(q.trim()).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + term + "%";
    }
}
