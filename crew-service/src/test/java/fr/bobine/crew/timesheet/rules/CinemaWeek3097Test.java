package fr.bobine.crew.timesheet.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class CinemaWeek3097Test {

    static BigDecimal eur(String s) {
        return new BigDecimal(s);
    }

    /**
     * Base hourly rate 30.00 EUR. Week of Wednesday 3 March 2027 (no public holiday):
     * Wed 3: 10 h (week hours 1-10) | Thu 4: 10 h (11-20) | Fri 5: 11 h (21-31), its last 2 hours at night (30, 31)
     * Sun 7: 10 h (32-41) | Mon 8: 11 h (42-52). Total 52 h.
     *
     * Per hour, premiums in the order art. 37, 38, 40, 41, 42, capped at +100 % in total (art. 36):
     * - hour 30 (Fri, 10th hour of the day, night): night +50 %                                 -> 50 %
     * - hour 31 (Fri, 11th hour, night): long day +100 %, cap reached, night +50 % not paid     -> 100 %
     * - hours 32-35 (Sun): Sunday +100 %                                                        -> 100 %
     * - hours 36-41 (Sun): overtime +25 %, Sunday +100 % cut to +75 % by the cap                -> 100 %
     * - hours 42-43 (Mon): overtime +25 %
     * - hours 44-48 (Mon): overtime +50 %
     * - hours 49-51 (Mon): overtime +75 %
     * - hour 52 (Mon, 11th hour of the day): overtime +75 %, long day +100 % cut to +25 %       -> 100 %
     *
     * Lines:
     * BASE   52 h × 30.00                                  = 1 560.00
     * HS25    8 h (36-43) × 30.00 × 25 %                   =    60.00
     * HS50    5 h (44-48) × 30.00 × 50 %                   =    75.00
     * HS75    4 h (49-52) × 30.00 × 75 %                   =    90.00
     * JLONG   hour 31: 30.00 × 100 % + hour 52: 30.00 × 25 % = 30.00 + 7.50 = 37.50
     * NUIT50  hour 30: 30.00 × 50 %                        =    15.00 (hour 31's night premium is above the cap)
     * DIM     4 h × 30.00 × 100 % + 6 h × 30.00 × 75 %     = 120.00 + 135.00 = 255.00
     * Gross = 1 560.00 + 60.00 + 75.00 + 90.00 + 37.50 + 15.00 + 255.00 = 2 092.50
     * Without the cap it would be 2 092.50 + 15.00 (night) + 45.00 (Sunday 6 h × 7.50) + 22.50 (long day) = 2 175.00.
     */
    @Test
    void weekOf52HoursWithTwoNightHoursAndASundayPaysThreeTiersOfOvertimeCappedAtPlus100Percent() {
        WeekPay week = CinemaWeek3097.compute(List.of(
                WorkedDay.of("2027-03-03", "10", "0"),
                WorkedDay.of("2027-03-04", "10", "0"),
                WorkedDay.of("2027-03-05", "11", "2"),
                WorkedDay.of("2027-03-07", "10", "0"),
                WorkedDay.of("2027-03-08", "11", "0")), eur("30.00"));

        assertLine(week, PayItem.BASE_HOURS, "52", "1560.00");
        assertLine(week, PayItem.OVERTIME_25, "8", "60.00");
        assertLine(week, PayItem.OVERTIME_50, "5", "75.00");
        assertLine(week, PayItem.OVERTIME_75, "4", "90.00");
        assertLine(week, PayItem.LONG_DAY, "2", "37.50");
        assertLine(week, PayItem.NIGHT_50, "1", "15.00");
        assertLine(week, PayItem.SUNDAY, "10", "255.00");
        assertTrue(week.line(PayItem.NIGHT_100).isEmpty());
        assertEquals(eur("2092.50"), week.gross());
        assertEquals(0, new BigDecimal("52").compareTo(week.hours()));
    }

    /** 39 h on five weekdays: 35 h + 4 h at +25 %. At 30.00: 1 170.00 + 4 × 7.50 = 1 200.00 = 40 units × 30.00. */
    @Test
    void guaranteedThirtyNineHourWeekIsFortyHourlyUnits() {
        WeekPay week = CinemaWeek3097.compute(List.of(
                WorkedDay.of("2027-03-03", "8", "0"), WorkedDay.of("2027-03-04", "8", "0"),
                WorkedDay.of("2027-03-05", "8", "0"), WorkedDay.of("2027-03-08", "8", "0"),
                WorkedDay.of("2027-03-09", "7", "0")), eur("30.00"));
        assertLine(week, PayItem.OVERTIME_25, "4", "30.00");
        assertEquals(eur("1200.00"), week.gross());
        assertEquals(eur("30.00").multiply(CinemaWeek3097.WEEKLY_UNITS).setScale(2), week.gross());
    }

    /** 1er assistant opérateur, SPI grid Sept 2023: 1 341.56 / 40 = 33.539 EUR an hour. */
    @Test
    void hourlyRateOfAWeeklyMinimumIsItsFortiethPart() {
        assertEquals(eur("33.539000"), CinemaWeek3097.hourlyRate(eur("1341.56")));
    }

    /**
     * Five days of 8 h, the last 2 hours of each at night (rate 20.00):
     * Wed 3: hours 1-8, night hours 7-8 (week night hours 1-2) | Thu 4: 9-16 (3-4) | Fri 5: 17-24 (5-6)
     * Sat 6: 25-32 (7-8) | Mon 8: 33-40, night 39-40 (week night hours 9-10).
     * NUIT50 night hours 1-8: 8 × 20.00 × 50 % = 80.00
     * HS25   hours 36-40: 5 × 20.00 × 25 % = 25.00
     * NUIT100 hours 39-40: +100 % cut to +75 % by the cap (+25 % overtime first): 2 × 20.00 × 75 % = 30.00
     */
    @Test
    void ninthNightHourOfTheWeekIsPaidPlus100PercentWithinTheCap() {
        WeekPay week = CinemaWeek3097.compute(List.of(
                WorkedDay.of("2027-03-03", "8", "2"), WorkedDay.of("2027-03-04", "8", "2"),
                WorkedDay.of("2027-03-05", "8", "2"), WorkedDay.of("2027-03-06", "8", "2"),
                WorkedDay.of("2027-03-08", "8", "2")), eur("20.00"));
        assertLine(week, PayItem.NIGHT_50, "8", "80.00");
        assertLine(week, PayItem.NIGHT_100, "2", "30.00");
        assertLine(week, PayItem.OVERTIME_25, "5", "25.00");
    }

    static void assertLine(WeekPay week, PayItem item, String hours, String amount) {
        PayLine line = week.line(item).orElseThrow(() -> new AssertionError("no line " + item));
        assertEquals(0, new BigDecimal(hours).compareTo(line.hours()), item + " hours");
        assertEquals(new BigDecimal(amount), line.amount(), item + " amount");
    }
}
