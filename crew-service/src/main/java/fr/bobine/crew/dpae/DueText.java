package fr.bobine.crew.dpae;

import java.text.Normalizer;

// URSSAF DPAE EDI text fields as implemented by public clients (crew.md §1.3): upper case, no accents, at most 32 characters.
public final class DueText {

    private DueText() {
    }

    public static String of(String text) {
        if (text == null) {
            return "";
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toUpperCase()
                .replaceAll("[^A-Z0-9 '\\-]", " ").replaceAll(" +", " ").strip();
        return plain.length() > 32 ? plain.substring(0, 32) : plain;
    }
}
