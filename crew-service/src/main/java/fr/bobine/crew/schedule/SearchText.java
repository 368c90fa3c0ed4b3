package fr.bobine.crew.schedule;

import java.text.Normalizer;
import java.util.Locale;

/** Text folded for the q searches of the office's lists: lower case, accents removed (Kéréon finds kereon). */
final class SearchText {

    private SearchText() {
    }

    static String fold(String... parts) {
        StringBuilder text = new StringBuilder();
        for (String part : parts) {
            if (part != null) {
                text.append(part).append(' ');
            }
        }
        return Normalizer.normalize(text.toString().strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    /** A LIKE pattern for {@code q}, its wildcards escaped (with {@code \} as escape character). */
    static String like(String q) {
        return "%" + fold(q).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
