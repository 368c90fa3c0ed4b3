package fr.bobine.platform.http;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The {@code q} of a list: a case- and accent-insensitive search, so that {@code q=leve} finds "Le Lève-tôt". A
 * searchable record keeps its text folded ({@link #fold}, lower case, accents removed) in a {@code search_text}
 * column written with the record; a list compares it as {@code searchText like :q escape '\'}, the pattern made
 * here from what the user typed ({@link #containsPattern}).
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

    /** The searchable text of a record: its {@code parts} (nulls left out) folded and joined by spaces. */
    public static String fold(String... parts) {
        StringBuilder text = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                text.append(text.isEmpty() ? "" : " ").append(part.strip());
            }
        }
        return normalise(text.toString());
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
