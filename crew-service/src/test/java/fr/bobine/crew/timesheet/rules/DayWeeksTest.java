package fr.bobine.crew.timesheet.rules;

import static fr.bobine.crew.timesheet.rules.CinemaWeek3097Test.assertLine;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class DayWeeksTest {

    /**
     * Cinema day engagement at 280.00 for 7 h: hourly 40.00. Thursday 4 March 2027, 11 h, no night.
     * BASE 11 × 40.00 = 440.00 ; hours 8-10 +50 %: 3 × 20.00 = 60.00 ; hour 11: art. 34 +100 % (cap reached, the
     * art. 38 long-day premium adds nothing): 40.00. Gross 540.00.
     */
    @Test
    void cinemaDayOfElevenHoursPaysFiftyThenHundredPercent() {
        WeekPay day = DayWeeks.compute3097(List.of(WorkedDay.of("2027-03-04", "11", "0")), DayWeeks.hourlyRate3097(new BigDecimal("280.00")));
        assertLine(day, PayItem.BASE_HOURS, "11", "440.00");
        assertLine(day, PayItem.OVERTIME_50, "3", "60.00");
        assertLine(day, PayItem.OVERTIME_100, "1", "40.00");
        assertTrue(day.line(PayItem.LONG_DAY).isEmpty());
        assertEquals(new BigDecimal("540.00"), day.gross());
    }

    /**
     * Audiovisual day at 224.88 for 8 h (1er assistant réalisateur, 2023): hourly 28.11. 12 h on Tuesday 4 May 2027:
     * BASE 12 × 28.11 = 337.32 ; hours 9-11 +25 %: 3 × 7.0275 = 21.0825 -> 21.08 ; hour 12 +50 %: 14.055 -> 14.06.
     * Gross 337.32 + 21.08 + 14.06 = 372.46.
     */
    @Test
    void audiovisualDayOfTwelveHours() {
        WeekPay day = DayWeeks.compute2642(List.of(WorkedDay.of("2027-05-04", "12", "0")),
                DayWeeks.hourlyRate2642(new BigDecimal("224.88")), false);
        assertLine(day, PayItem.BASE_HOURS, "12", "337.32");
        assertLine(day, PayItem.OVERTIME_25, "3", "21.08");
        assertLine(day, PayItem.OVERTIME_50, "1", "14.06");
        assertEquals(new BigDecimal("372.46"), day.gross());
    }

    /** 420 h + 8 cachets × 12 = 516 h: threshold of 507 reached; 400 h + 8 cachets = 496 h: not reached. */
    @Test
    void cachetsCountTwelveHoursTowardsThe507HourThreshold() {
        BigDecimal total = IntermittentHours.total(new BigDecimal("420"), 8);
        assertEquals(new BigDecimal("516"), total);
        assertTrue(IntermittentHours.reached(total));
        assertEquals(false, IntermittentHours.reached(IntermittentHours.total(new BigDecimal("400"), 8)));
    }
}
