package fr.bobine.crew.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NirTest {

    /** 2951099126111: 2 951 099 126 111 mod 97 = 4, key = 97 - 4 = 93. */
    @Test
    void keyIsNinetySevenMinusTheNumberModuloNinetySeven() {
        assertEquals(93, Nir.key("2951099126111"));
        assertEquals(4, 2951099126111L % 97);
        assertTrue(Nir.isValid("295109912611193"));
        assertEquals(38, Nir.key("2550814168025"));
    }

    /** 2A counts as 19 and 2B as 18: 2530719073004 mod 97 = 54 -> 43; 2530718073004 mod 97 = 27 -> 70. */
    @Test
    void corsicanDepartementsAreReplacedBeforeTheKey() {
        assertEquals(54, 2530719073004L % 97);
        assertEquals(27, 2530718073004L % 97);
        assertTrue(Nir.isValid("253072A07300443"));
        assertTrue(Nir.isValid("253072B07300470"));
        assertFalse(Nir.isValid("253072A07300470"));
    }

    @Test
    void wrongKeyOrFormatIsRefusedWithAReason() {
        assertEquals("key 94 does not match the number (expected 93)", Nir.problem("295109912611194").orElseThrow());
        assertTrue(Nir.problem("253072C07300470").orElseThrow().startsWith("must be 15 characters"));
        assertTrue(Nir.problem("29510991261119").isPresent());
        assertEquals("295109912611193", Nir.normalize("2 95 10 99 126 111 93").orElseThrow());
        assertTrue(Nir.normalize(" ").isEmpty());
    }

    @Test
    void maskKeepsSexAndKeyOnly() {
        assertEquals("2 ** ** ** *** *** 93", Nir.mask("295109912611193"));
    }
}
