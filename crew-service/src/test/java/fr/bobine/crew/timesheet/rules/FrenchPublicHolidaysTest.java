package fr.bobine.crew.timesheet.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class FrenchPublicHolidaysTest {

    @Test
    void movableHolidaysFollowEaster() {
        // Easter 2027 is 28 March: Easter Monday 29 March, Ascension (+39) 6 May, Whit Monday (+50) 17 May.
        assertEquals(LocalDate.of(2027, 3, 28), FrenchPublicHolidays.easterSunday(2027));
        assertEquals(LocalDate.of(2026, 4, 5), FrenchPublicHolidays.easterSunday(2026));
        assertEquals(FrenchPublicHolidays.Holiday.EASTER_MONDAY, FrenchPublicHolidays.of(LocalDate.of(2027, 3, 29)).get());
        assertEquals(FrenchPublicHolidays.Holiday.ASCENSION, FrenchPublicHolidays.of(LocalDate.of(2027, 5, 6)).get());
        assertEquals(FrenchPublicHolidays.Holiday.WHIT_MONDAY, FrenchPublicHolidays.of(LocalDate.of(2027, 5, 17)).get());
        assertEquals(FrenchPublicHolidays.Holiday.BASTILLE_DAY, FrenchPublicHolidays.of(LocalDate.of(2027, 7, 14)).get());
        assertTrue(FrenchPublicHolidays.of(LocalDate.of(2027, 7, 13)).isEmpty());
    }
}
