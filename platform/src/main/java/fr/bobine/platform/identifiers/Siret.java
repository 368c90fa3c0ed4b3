package fr.bobine.platform.identifiers;

import java.util.regex.Pattern;

/**
 * SIRET: the 14-digit identifier of a French establishment (9-digit SIREN + 5-digit NIC), checked with the Luhn
 * key. Source: INSEE, "SIREN/SIRET" definitions; La Poste establishments (SIREN 356000000) use the sum of digits
 * modulo 5 instead of Luhn.
 */
public final class Siret {

    private static final String LA_POSTE_SIREN = "356000000";

    private Siret() {
    }

    /** Spaces people type or paste in a SIRET ("391 244 780 00014"), no-break ones included. */
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F]");

    /** The SIRET without its spaces; null stays null. */
    public static String normalize(String value) {
        return value == null ? null : SPACES.matcher(value).replaceAll("");
    }

    public static boolean isValid(String value) {
        String siret = normalize(value);
        if (siret == null || !siret.matches("[0-9]{14}")) {
            return false;
        }
        if (siret.startsWith(LA_POSTE_SIREN)) {
            return siret.chars().map(c -> c - '0').sum() % 5 == 0 || Luhn.isValid(siret);
        }
        return Luhn.isValid(siret);
    }
}
