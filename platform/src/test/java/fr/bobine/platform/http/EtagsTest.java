package fr.bobine.platform.http;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import fr.bobine.platform.problem.ProblemException;

class EtagsTest {

    @Test
    void versionIsAStrongEtag() {
        assertEquals("\"3\"", Etags.of(3));
    }

    @Test
    void missingIfMatchIs428() {
        assertEquals(428, assertThrows(ProblemException.class, () -> Etags.requireMatch(null, 3)).problem().status());
        assertEquals(428, assertThrows(ProblemException.class, () -> Etags.requireMatch(" ", 3)).problem().status());
    }

    @Test
    void staleOrWeakIfMatchIs412() {
        assertEquals(412, assertThrows(ProblemException.class, () -> Etags.requireMatch("\"2\"", 3)).problem().status());
        assertEquals(412, assertThrows(ProblemException.class, () -> Etags.requireMatch("W/\"3\"", 3)).problem().status());
    }

    @Test
    void currentVersionPasses() {
        assertDoesNotThrow(() -> Etags.requireMatch("\"3\"", 3));
        assertDoesNotThrow(() -> Etags.requireMatch("\"1\", \"3\"", 3));
    }

    @Test
    void nextPageIsAbsentOnTheLastPage() {
        assertEquals(1, new PageRequest(0, 20).nextPage(21));
        assertEquals(null, new PageRequest(1, 20).nextPage(40));
        assertEquals(2, new PageRequest(0, 20).totalPages(40));
    }
}
