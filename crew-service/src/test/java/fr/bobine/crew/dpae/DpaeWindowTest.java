package fr.bobine.crew.dpae;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

class DpaeWindowTest {

    /** Hiring Monday 1 March 2027 at 08:00 Paris (07:00 UTC, winter time): window opens 21 February 08:00 Paris. */
    @Test
    void windowOpensEightDaysBeforeAndClosesAtTheFirstHour() {
        LocalDateTime hire = LocalDateTime.parse("2027-03-01T08:00");
        assertEquals(Instant.parse("2027-02-21T07:00:00Z"), DpaeWindow.earliest(hire));
        assertEquals(Instant.parse("2027-03-01T07:00:00Z"), DpaeWindow.hireInstant(hire));
        assertTrue(DpaeWindow.refusal(hire, Instant.parse("2027-02-21T06:59:00Z")).orElseThrow().contains("8 days"));
        assertTrue(DpaeWindow.refusal(hire, Instant.parse("2027-02-21T07:00:00Z")).isEmpty());
        assertTrue(DpaeWindow.refusal(hire, Instant.parse("2027-03-01T06:59:00Z")).isEmpty());
        assertTrue(DpaeWindow.refusal(hire, Instant.parse("2027-03-01T07:00:00Z")).orElseThrow().contains("late"));
    }

    /** Ten days before is too early. */
    @Test
    void tenDaysBeforeIsTooEarly() {
        LocalDateTime hire = LocalDateTime.parse("2027-03-11T08:00");
        assertTrue(DpaeWindow.refusal(hire, Instant.parse("2027-03-01T08:00:00Z")).isPresent());
    }
}
