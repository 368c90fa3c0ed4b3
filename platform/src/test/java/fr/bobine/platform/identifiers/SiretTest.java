package fr.bobine.platform.identifiers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SiretTest {

    @Test
    void acceptsSiretWhoseLuhnKeyIsRight() {
        // 732 829 320 00074: doubling every second digit from the right gives a digit sum of 40, a multiple of 10.
        assertTrue(Siret.isValid("73282932000074"));
        assertTrue(Siret.isValid("732 829 320 00074"), "spaces as people type them");
        assertTrue(Siret.isValid("732\u00A0829\u202F320 00074"), "no-break spaces as word processors paste them");
        assertEquals("73282932000074", Siret.normalize("732\u00A0829\u202F320 00074"));
    }

    @Test
    void refusesWrongKeyWrongLengthAndLetters() {
        assertFalse(Siret.isValid("73282932000075"));
        assertFalse(Siret.isValid("7328293200007"));
        assertFalse(Siret.isValid("7328293200007A"));
        assertFalse(Siret.isValid(null));
    }

    @Test
    void laPosteEstablishmentsUseTheSumOfDigitsModuloFive() {
        // 3+5+6+0+0+0+0+0+0+0+0+0+0+1 = 15, a multiple of 5; the Luhn sum of the same digits is not a multiple of 10.
        assertFalse(Luhn.isValid("35600000000001"));
        assertTrue(Siret.isValid("35600000000001"));
        assertFalse(Siret.isValid("35600000000002"));
    }

    @Test
    void luhnOnKnownNumbers() {
        assertTrue(Luhn.isValid("79927398713"));
        assertFalse(Luhn.isValid("79927398710"));
    }
}
