package fr.bobine.crew.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class EighthsTest {

    @Test
    void pagesAreWrittenInWholePagesAndEighths() {
        // 19 eighths = 2 × 8 + 3: two pages and three eighths
        assertEquals("2 3/8", Eighths.pages(19));
        assertEquals("1", Eighths.pages(8));
        assertEquals("5/8", Eighths.pages(5));
        assertEquals("0", Eighths.pages(0));
        assertThrows(IllegalArgumentException.class, () -> Eighths.pages(-1));
    }
}
