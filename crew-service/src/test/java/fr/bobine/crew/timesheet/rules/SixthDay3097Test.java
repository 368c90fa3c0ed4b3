package fr.bobine.crew.timesheet.rules;

import static fr.bobine.crew.timesheet.rules.CinemaWeek3097Test.assertLine;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class SixthDay3097Test {

    static final BigDecimal RATE = new BigDecimal("30.00");

    /** Monday 15 to Saturday 20 March 2027 (no public holiday), 8 h a day, no night: 48 h. */
    static final List<WorkedDay> SIX_DAYS_OF_8_HOURS = List.of(
            WorkedDay.of("2027-03-15", "8", "0"), WorkedDay.of("2027-03-16", "8", "0"),
            WorkedDay.of("2027-03-17", "8", "0"), WorkedDay.of("2027-03-18", "8", "0"),
            WorkedDay.of("2027-03-19", "8", "0"), WorkedDay.of("2027-03-20", "8", "0"));

    /**
     * Paris region, base hourly rate 30.00. Mon-Fri: week hours 1-40; Saturday, the 6th worked day: hours 41-48.
     * BASE   48 h × 30.00                                 = 1 440.00
     * HS25    5 h (hours 36-40, Friday) × 7.50            =    37.50
     * J6      8 h (Saturday) × 30.00 × 100 % (art. 39)    =   240.00; the art. 37 majorations of hours 41-48 are excluded
     * Gross = 1 440.00 + 37.50 + 240.00 = 1 717.50
     * The same week outside the Paris region (no art. 39 premium): 1 440.00 + HS25 8 h × 7.50 = 60.00
     * + HS50 5 h (44-48) × 15.00 = 75.00 = 1 575.00.
     */
    @Test
    void sixthDayInTheParisRegionIsPaidPlus100PercentInsteadOfOvertime() {
        WeekPay paris = CinemaWeek3097.compute(SIX_DAYS_OF_8_HOURS, RATE, true);
        assertLine(paris, PayItem.BASE_HOURS, "48", "1440.00");
        assertLine(paris, PayItem.OVERTIME_25, "5", "37.50");
        assertLine(paris, PayItem.SIXTH_DAY, "8", "240.00");
        assertEquals("J6", PayItem.SIXTH_DAY.code);
        assertTrue(paris.line(PayItem.OVERTIME_50).isEmpty());
        assertEquals(new BigDecimal("1717.50"), paris.gross());

        WeekPay outside = CinemaWeek3097.compute(SIX_DAYS_OF_8_HOURS, RATE, false);
        assertLine(outside, PayItem.OVERTIME_25, "8", "60.00");
        assertLine(outside, PayItem.OVERTIME_50, "5", "75.00");
        assertTrue(outside.line(PayItem.SIXTH_DAY).isEmpty());
        assertEquals(new BigDecimal("1575.00"), outside.gross());
    }

    /**
     * Paris region, base hourly rate 30.00, week of Monday 15 March 2027:
     * Mon 15-Thu 18: 08:00-17:00, 1 h meal: 8 h each (week hours 1-32)
     * Fri 19: 10:30-19:30, 1 h meal: 8 h (33-40), no night (night from 20:00 in March)
     * Sat 20, 6th worked day: 06:00-17:30, 1 h meal: 10.5 h (40-50.5); rest since Friday 19:30 = 10.5 h, so its
     * first 0.5 h cuts into the rest; its last 0.5 h is beyond the 10th hour of the day.
     *
     * Saturday, premiums in the order of the articles (35, 37, 38, 39), capped at +100 % (art. 36):
     * - first 0.5 h: rest encroachment +100 %, cap reached, 6th day +100 % not paid         -> 100 %
     * - next 9.5 h: 6th day +100 % (art. 37 overtime excluded by art. 39)                   -> 100 %
     * - last 0.5 h: long day +100 %, cap reached, 6th day +100 % not paid                   -> 100 %
     *
     * BASE   50.5 h × 30.00                      = 1 515.00
     * HS25    5 h (hours 36-40, Friday) × 7.50   =    37.50
     * JLONG   0.5 h × 30.00 × 100 %              =    15.00
     * REPOS   0.5 h × 30.00 × 100 %              =    15.00
     * J6      9.5 h × 30.00 × 100 %              =   285.00
     * Gross = 1 515.00 + 37.50 + 15.00 + 15.00 + 285.00 = 1 867.50
     * Without the cap it would be 1 867.50 + 1 h of 6th day (2 × 0.5 h × 30.00) = 1 897.50.
     */
    @Test
    void sixthDayRestEncroachmentAndLongDayOnTheSameHourStayWithinThePlus100PercentCap() {
        WeekPay week = CinemaWeek3097.compute(List.of(
                WorkedDay.of("2027-03-15", "8", "0"), WorkedDay.of("2027-03-16", "8", "0"),
                WorkedDay.of("2027-03-17", "8", "0"), WorkedDay.of("2027-03-18", "8", "0"),
                WorkedDay.of("2027-03-19", "8", "0"),
                WorkedDay.of("2027-03-20", "10.5", "0", "0.5")), RATE, true, RestEncroachmentTest.CINEMA);

        assertLine(week, PayItem.BASE_HOURS, "50.5", "1515.00");
        assertLine(week, PayItem.OVERTIME_25, "5", "37.50");
        assertLine(week, PayItem.LONG_DAY, "0.5", "15.00");
        assertLine(week, PayItem.REST_ENCROACHMENT, "0.5", "15.00");
        assertLine(week, PayItem.SIXTH_DAY, "9.5", "285.00");
        assertTrue(week.line(PayItem.OVERTIME_50).isEmpty());
        assertTrue(week.line(PayItem.OVERTIME_75).isEmpty());
        assertEquals(new BigDecimal("1867.50"), week.gross());
    }
}
