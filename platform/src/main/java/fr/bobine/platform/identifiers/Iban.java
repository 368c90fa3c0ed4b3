package fr.bobine.platform.identifiers;

import java.util.Locale;
import java.util.Optional;

import org.iban4j.IbanFormatException;
import org.iban4j.IbanUtil;
import org.iban4j.InvalidCheckDigitException;
import org.iban4j.UnsupportedCountryException;

// ISO 13616 IBAN: the country's length and BBAN structure (SWIFT IBAN registry, every SEPA country included, from
// iban4j) and the ISO 7064 MOD 97-10 key: the four first characters moved to the end, letters as 10..35, mod 97 = 1.
public final class Iban {

    private Iban() {
    }

    /** The IBAN without spaces, in capitals; empty when absent or blank. */
    public static Optional<String> normalize(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(raw.replace(" ", "").toUpperCase(Locale.ROOT));
    }

    /** Why {@code iban} (normalized) is not a valid IBAN, or empty when it is. */
    public static Optional<String> problem(String iban) {
        if (!iban.matches("[A-Z]{2}[0-9]{2}[A-Z0-9]{1,30}")) {
            return Optional.of("must be a country code, two check digits and the account number");
        }
        try {
            IbanUtil.validate(iban);
            return Optional.empty();
        } catch (UnsupportedCountryException e) {
            return Optional.of(iban.substring(0, 2) + " is not a country with IBANs");
        } catch (InvalidCheckDigitException e) {
            return Optional.of("check digits do not match the account number");
        } catch (IbanFormatException e) {
            if (e.getFormatViolation() == IbanFormatException.IbanFormatViolation.COUNTRY_CODE_EXISTS) {
                return Optional.of(iban.substring(0, 2) + " is not a country with IBANs");
            }
            if (e.getFormatViolation() == IbanFormatException.IbanFormatViolation.BBAN_LENGTH
                    || e.getFormatViolation() == IbanFormatException.IbanFormatViolation.IBAN_FORMATTING) {
                return Optional.of("an IBAN of " + iban.substring(0, 2) + " has " + lengthOf(iban) + " characters");
            }
            return Optional.of("is not an account number of the form used in " + iban.substring(0, 2));
        }
    }

    public static boolean isValid(String raw) {
        return normalize(raw).map(i -> problem(i).isEmpty()).orElse(false);
    }

    /** Country, check digits and the last four characters, e.g. {@code FR76 **** 0189}: enough to recognise it. */
    public static String mask(String iban) {
        return iban.substring(0, 4) + " **** " + iban.substring(iban.length() - 4);
    }

    private static String lengthOf(String iban) {
        try {
            return String.valueOf(IbanUtil.getIbanLength(org.iban4j.CountryCode.getByCode(iban.substring(0, 2))));
        } catch (RuntimeException e) {
            return "another number of";
        }
    }
}
