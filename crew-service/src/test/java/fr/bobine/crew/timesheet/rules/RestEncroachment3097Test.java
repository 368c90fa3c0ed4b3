package fr.bobine.crew.timesheet.rules;

import static fr.bobine.crew.timesheet.rules.CinemaWeek3097Test.assertLine;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

class RestEncroachment3097Test {

    static BigDecimal encroaching(String previousEnd, String start, String dayHours) {
        return RestEncroachment3097.encroachingHours(LocalDateTime.parse(previousEnd), LocalDateTime.parse(start),
                new BigDecimal(dayHours));
    }

    /**
     * Monday 15 March 2027 ends at 20:30, Tuesday 16 starts at 06:00: 9 h 30 of rest, 11 h - 9.5 h = 1.5 h of the
     * Tuesday cut into the rest. 11 h of rest or more: nothing. A rest of 2 h before a 1-hour day: the whole hour.
     */
    @Test
    void shortfallUnderElevenHoursIsTheEncroachingTime() {
        assertEquals(0, new BigDecimal("1.5").compareTo(encroaching("2027-03-15T20:30", "2027-03-16T06:00", "8")));
        assertEquals(0, BigDecimal.ZERO.compareTo(encroaching("2027-03-15T19:00", "2027-03-16T06:00", "8")));
        assertEquals(0, BigDecimal.ZERO.compareTo(encroaching("2027-03-15T17:00", "2027-03-16T08:00", "8")));
        assertEquals(0, BigDecimal.ONE.compareTo(encroaching("2027-03-15T23:00", "2027-03-16T01:00", "1")));
    }

    /**
     * Base hourly rate 30.00, week of Monday 15 March 2027 (March: night from 20:00), Paris region, 5 days:
     * Mon 15: 10:00-20:30, 1 h meal: 9.5 h (week hours 0-9.5), the last 0.5 h at night
     * Tue 16: 06:00-15:00, 1 h meal: 8 h (9.5-17.5); rest since Monday 20:30 = 9.5 h, so its first 1.5 h encroach
     * Wed 17, Thu 18, Fri 19: 08:00-17:00, 1 h meal: 8 h each (17.5-25.5, 25.5-33.5, 33.5-41.5). Total 41.5 h.
     *
     * BASE   41.5 h × 30.00                              = 1 245.00
     * HS25    6.5 h (beyond the 35th, up to 41.5) × 7.50  =    48.75
     * NUIT50  0.5 h × 30.00 × 50 %                        =     7.50
     * REPOS   1.5 h × 30.00 × 100 % (art. 35)             =    45.00 (week hours 9.5-11: no other premium, cap not reached)
     * Gross = 1 245.00 + 48.75 + 7.50 + 45.00 = 1 346.25
     */
    @Test
    void nineAndAHalfHourRestPaysOneAndAHalfEncroachingHoursAtPlus100Percent() {
        WeekPay week = CinemaWeek3097.compute(List.of(
                WorkedDay.of("2027-03-15", "9.5", "0.5"),
                WorkedDay.of("2027-03-16", "8", "0", encroaching("2027-03-15T20:30", "2027-03-16T06:00", "8").toPlainString()),
                WorkedDay.of("2027-03-17", "8", "0"),
                WorkedDay.of("2027-03-18", "8", "0"),
                WorkedDay.of("2027-03-19", "8", "0")), new BigDecimal("30.00"), true);

        assertLine(week, PayItem.BASE_HOURS, "41.5", "1245.00");
        assertLine(week, PayItem.OVERTIME_25, "6.5", "48.75");
        assertLine(week, PayItem.NIGHT_50, "0.5", "7.50");
        assertLine(week, PayItem.REST_ENCROACHMENT, "1.5", "45.00");
        assertEquals("REPOS", PayItem.REST_ENCROACHMENT.code);
        assertTrue(week.line(PayItem.SIXTH_DAY).isEmpty());
        assertEquals(new BigDecimal("1346.25"), week.gross());
    }

    /**
     * Cinema day engagement at 280.00 for 7 h (hourly 40.00): Thursday 4 March 2027, 8 h, of which the first 2 h cut
     * into the rest. BASE 8 × 40.00 = 320.00 ; hour 8 art. 34 +50 % = 20.00 ; REPOS 2 × 40.00 = 80.00. Gross 420.00.
     */
    @Test
    void dayEngagementPaysEncroachingHoursToo() {
        WeekPay day = DayWeeks.compute3097(List.of(WorkedDay.of("2027-03-04", "8", "0", "2")),
                DayWeeks.hourlyRate3097(new BigDecimal("280.00")));
        assertLine(day, PayItem.BASE_HOURS, "8", "320.00");
        assertLine(day, PayItem.OVERTIME_50, "1", "20.00");
        assertLine(day, PayItem.REST_ENCROACHMENT, "2", "80.00");
        assertEquals(new BigDecimal("420.00"), day.gross());
    }
}
