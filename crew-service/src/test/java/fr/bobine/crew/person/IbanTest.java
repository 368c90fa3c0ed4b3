package fr.bobine.crew.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;

import org.junit.jupiter.api.Test;

class IbanTest {

    /**
     * FR76 3000 6000 0112 3456 7890 189: rearranged 30006000011234567890189 + FR76, F = 15, R = 27,
     * number 30006000011234567890189152776, mod 97 = 1.
     */
    @Test
    void frenchIbanPassesModulo97() {
        assertEquals(1, new BigInteger("30006000011234567890189152776").mod(BigInteger.valueOf(97)).intValue());
        assertTrue(Iban.problem("FR7630006000011234567890189").isEmpty());
        assertTrue(Iban.problem("DE89370400440532013000").isEmpty());
        assertTrue(Iban.problem("GB82WEST12345698765432").isEmpty());
    }

    @Test
    void wrongCheckDigitsOrLengthAreRefused() {
        assertEquals("check digits do not match the account number", Iban.problem("FR7630006000011234567890188").orElseThrow());
        assertEquals("an IBAN of FR has 27 characters", Iban.problem("FR763000600001123456789018").orElseThrow());
        assertTrue(Iban.problem("7630006000011234567890189").isPresent());
        assertEquals("FR7630006000011234567890189", Iban.normalize("fr76 3000 6000 0112 3456 7890 189").orElseThrow());
    }

    @Test
    void maskShowsCountryAndLastFour() {
        assertEquals("FR76 **** 0189", Iban.mask("FR7630006000011234567890189"));
    }
}
