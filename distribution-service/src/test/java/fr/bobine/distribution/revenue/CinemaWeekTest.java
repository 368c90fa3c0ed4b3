package fr.bobine.distribution.revenue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class CinemaWeekTest {

    @Test
    void tradeChartWeekOf18To24May2022() {
        CinemaWeek week = new CinemaWeek(LocalDate.of(2022, 5, 18));
        assertEquals(LocalDate.of(2022, 5, 24), week.end());
        assertEquals(LocalDate.of(2022, 5, 25), week.next().start());
    }

    @Test
    void sundayAndTuesdayBelongToTheWeekThatStartedOnTheWednesdayBefore() {
        assertEquals(LocalDate.of(2022, 5, 18), CinemaWeek.containing(LocalDate.of(2022, 5, 22)).start());
        assertEquals(LocalDate.of(2022, 5, 18), CinemaWeek.containing(LocalDate.of(2022, 5, 24)).start());
        assertEquals(LocalDate.of(2022, 5, 25), CinemaWeek.containing(LocalDate.of(2022, 5, 25)).start());
    }

    @Test
    void aWeekStartingOnAMondayIsRefused() {
        assertFalse(CinemaWeek.isWeekStart(LocalDate.of(2026, 10, 12)));
        assertTrue(CinemaWeek.isWeekStart(LocalDate.of(2026, 10, 14)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new CinemaWeek(LocalDate.of(2026, 10, 12)));
        assertTrue(e.getMessage().contains("MONDAY"));
    }
}
