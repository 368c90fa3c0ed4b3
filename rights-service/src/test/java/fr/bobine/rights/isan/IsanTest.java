package fr.bobine.rights.isan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IsanTest {

    @Test
    void mod3736TraceOfTheWorkedExampleGivesK() {
        // B(11): P 36→22 | 1: 22→9 | 5: 9→28 | 9: 28→2 | D: 2→30 | 8: 30→4 | F: 4→1 | A: 1→22
        // 0: 22→7 | 1: 7→16 | 2: 16→36 | 4: 36→8 | 0: 8→16 | 0: 16→32 | 0: 32→27 | 0: 27→17; (37 − 17) mod 36 = 20 → K
        assertEquals('K', Mod3736.checkCharacter("B159D8FA01240000"));
        assertEquals('M', Mod3736.checkCharacter("A12425GABC1234002"));
        assertTrue(Mod3736.isValid("A12425GABC1234002M"));
        assertFalse(Mod3736.isValid("A12425GABC1234002N"));
    }

    @Test
    void knownValidIsansParseWithRootEpisodeAndVersion() {
        Isan isan = Isan.parse("1881-66C7-3420-6541-Y-9F3A-0245-O");
        assertEquals("188166C73420", isan.root());
        assertEquals("6541", isan.episode());
        assertEquals("9F3A0245", isan.version());
        assertEquals("1881-66C7-3420-6541-Y-9F3A-0245-O", isan.formatted());
        assertEquals("0000-0001-8947-0000-8-0000-0000-D", Isan.parse("0000-0001-8947-0000-8-0000-0000-D").formatted());
        assertEquals("0000-0000-D07A-0090-Q-0000-0000-X", Isan.parse("ISAN 0000-0000-D07A-0090-Q-0000-0000-X").formatted());
        Isan withoutVersion = Isan.parse("B159-D8FA-0124-0000-K");
        assertNull(withoutVersion.version());
        assertEquals("0000", withoutVersion.episode());
    }

    @Test
    void wrongCheckCharactersAndMalformedNumbersAreRefused() {
        IllegalArgumentException first = assertThrows(IllegalArgumentException.class, () -> Isan.parse("1881-66C7-3420-6541-Z-9F3A-0245-O"));
        assertTrue(first.getMessage().contains("expected Y"), first.getMessage());
        IllegalArgumentException second = assertThrows(IllegalArgumentException.class, () -> Isan.parse("1881-66C7-3420-6541-Y-9F3A-0245-P"));
        assertTrue(second.getMessage().contains("expected O"), second.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Isan.parse("B159-D8FA-0124-0000-L"));
        assertThrows(IllegalArgumentException.class, () -> Isan.parse("G159-D8FA-0124-0000-K"));
        assertThrows(IllegalArgumentException.class, () -> Isan.parse("B159-D8FA-0124"));
        assertThrows(IllegalArgumentException.class, () -> Isan.parse(""));
    }
}
