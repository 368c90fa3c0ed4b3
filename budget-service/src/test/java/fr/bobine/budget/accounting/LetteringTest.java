package fr.bobine.budget.accounting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LetteringTest {

    @Test
    void codesCountInBase26FromAAAThenGrowAFourthLetter() {
        assertEquals("AAA", Lettering.code(0));
        assertEquals("AAB", Lettering.code(1));
        assertEquals("AAZ", Lettering.code(25));
        // 26 = 1 x 26 + 0
        assertEquals("ABA", Lettering.code(26));
        // 17 575 = 26^3 - 1, the last three-letter code; 17 576 is the first of four letters
        assertEquals("ZZZ", Lettering.code(17_575));
        assertEquals("AAAA", Lettering.code(17_576));
        assertThrows(IllegalArgumentException.class, () -> Lettering.code(-1));
    }
}
