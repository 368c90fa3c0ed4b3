package fr.bobine.crew.person;

import java.util.Optional;

// INSEE NIR (numéro d'inscription au répertoire, décret 82-103): key = 97 - (first 13 digits mod 97), Corsica 2A -> 19, 2B -> 18.
public final class Nir {

    private static final String FORMAT = "[1-478][0-9]{4}(2[AB]|[0-9]{2})[0-9]{6}[0-9]{2}";

    private Nir() {
    }

    /** The NIR without spaces, upper case; empty when null or blank. */
    public static Optional<String> normalize(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(raw.replace(" ", "").toUpperCase());
    }

    /** Why {@code nir} (normalized) is not a valid NIR, or empty when it is. */
    public static Optional<String> problem(String nir) {
        if (!nir.matches(FORMAT)) {
            return Optional.of("must be 15 characters: sex, year, month, département (2A/2B for Corsica), commune, order and key");
        }
        int expected = key(nir.substring(0, 13));
        int actual = Integer.parseInt(nir.substring(13));
        if (expected != actual) {
            return Optional.of("key " + nir.substring(13) + " does not match the number (expected "
                    + String.format("%02d", expected) + ")");
        }
        return Optional.empty();
    }

    public static boolean isValid(String nir) {
        return problem(nir).isEmpty();
    }

    static int key(String first13) {
        String digits = first13.substring(0, 5) + switch (first13.substring(5, 7)) {
            case "2A" -> "19";
            case "2B" -> "18";
            default -> first13.substring(5, 7);
        } + first13.substring(7);
        return (int) (97 - Long.parseLong(digits) % 97);
    }

    /** Shown to roles that may not read personal data: sex and key only, e.g. {@code 2 ** ** ** *** *** 93}. */
    public static String mask(String nir) {
        return nir.charAt(0) + " ** ** ** *** *** " + nir.substring(13);
    }
}
