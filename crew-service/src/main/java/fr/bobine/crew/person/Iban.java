package fr.bobine.crew.person;

import java.math.BigInteger;
import java.util.Map;
import java.util.Optional;

// ISO 13616 IBAN: move the first four characters to the end, letters to 10-35; the number mod 97 must be 1 (ISO 7064 MOD 97-10).
public final class Iban {

    private static final Map<String, Integer> LENGTHS = Map.ofEntries(Map.entry("FR", 27), Map.entry("MC", 27),
            Map.entry("BE", 16), Map.entry("DE", 22), Map.entry("ES", 24), Map.entry("IT", 27), Map.entry("LU", 20),
            Map.entry("NL", 18), Map.entry("PT", 25), Map.entry("CH", 21), Map.entry("GB", 22), Map.entry("IE", 22));

    private Iban() {
    }

    public static Optional<String> normalize(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(raw.replace(" ", "").toUpperCase());
    }

    public static Optional<String> problem(String iban) {
        if (!iban.matches("[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}")) {
            return Optional.of("must be a country code, two check digits and the account number");
        }
        Integer length = LENGTHS.get(iban.substring(0, 2));
        if (length != null && iban.length() != length) {
            return Optional.of("an IBAN of " + iban.substring(0, 2) + " has " + length + " characters");
        }
        StringBuilder digits = new StringBuilder();
        for (char c : (iban.substring(4) + iban.substring(0, 4)).toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        if (new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() != 1) {
            return Optional.of("check digits do not match the account number");
        }
        return Optional.empty();
    }

    /** Country, check digits and the last four characters, e.g. {@code FR76 **** 0189}. */
    public static String mask(String iban) {
        return iban.substring(0, 4) + " **** " + iban.substring(iban.length() - 4);
    }
}
