package fr.bobine.crew.timesheet.rules;

import static fr.bobine.crew.timesheet.rules.CinemaWeek3097Test.assertLine;
import static fr.bobine.crew.timesheet.rules.WeeklyGuaranteeTest.days;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import fr.bobine.crew.grid.Agreement;
import fr.bobine.crew.grid.Engagement;

/**
 * The guaranteed day. CCN 3097 Titre II art. 16: engaged by the day, "la journée est indivisible et payable pour 7 heures
 * au minimum"; art. 34: "La rémunération journalière minimale garantie ne peut être inférieure à 7 heures". CCN 2642
 * IV.2.1: a CDDU of 4 days or less is paid by the day (the weekly minimum / 4.5); VI.8.4: its overrun starts after the
 * 8th hour, so the day's pay covers 8 h.
 */
class DayGuaranteeTest {

    static ContractWeek day(Agreement agreement, String dailyRate, String guaranteedHours) {
        return new ContractWeek(agreement, Engagement.DAILY, null, new BigDecimal(dailyRate), false, false,
                new GuaranteedHours(null, false, null, new BigDecimal(guaranteedHours)), LocalDate.parse("2027-03-04"),
                LocalDate.parse("2027-03-05"));
    }

    /**
     * 3097 day at 280.00 for 7 h (40.00 an hour), Thursday 4 March 2027. 7 h: 280.00, nothing added. 6 h, one under:
     * BASE 240.00 + GARANTIE 1 × 40.00 = 280.00. 5 h: BASE 200.00 + GARANTIE 2 × 40.00 = 280.00. 8 h, one over: BASE
     * 320.00 + the 8th hour at +50 % (art. 34) 20.00 = 340.00.
     */
    @Test
    void aCinemaDayIsPaidAtLeastSevenHours() {
        ContractWeek cinema = day(Agreement.IDCC_3097, "280.00", "7");
        LocalDate week = LocalDate.parse("2027-03-01");
        WeekPay exactly = cinema.pay(week, days("2027-03-04=7"));
        assertTrue(exactly.line(PayItem.GUARANTEED_HOURS).isEmpty());
        assertEquals(new BigDecimal("280.00"), exactly.gross());
        WeekPay oneUnder = cinema.pay(week, days("2027-03-04=6"));
        assertLine(oneUnder, PayItem.GUARANTEED_HOURS, "1", "40.00");
        assertEquals(new BigDecimal("280.00"), oneUnder.gross());
        WeekPay five = cinema.pay(week, days("2027-03-04=5"));
        assertLine(five, PayItem.GUARANTEED_HOURS, "2", "80.00");
        assertEquals(new BigDecimal("280.00"), five.gross());
        WeekPay oneOver = cinema.pay(week, days("2027-03-04=8"));
        assertTrue(oneOver.line(PayItem.GUARANTEED_HOURS).isEmpty());
        assertEquals(new BigDecimal("340.00"), oneOver.gross());
    }

    /**
     * Two days, 4 and 5 March, of 3 h and 9 h: each day is guaranteed on its own, 4 h are missing on the first
     * (7 − 3), none on the second. BASE 12 × 40.00 = 480.00; hours 8-9 of the 5th at +50 % 2 × 20.00 = 40.00;
     * GARANTIE 4 × 40.00 = 160.00. Gross 680.00 = 280.00 + 400.00 (9 h: 360.00 + 40.00).
     */
    @Test
    void eachDayIsGuaranteedOnItsOwn() {
        WeekPay week = day(Agreement.IDCC_3097, "280.00", "7").pay(LocalDate.parse("2027-03-01"),
                days("2027-03-04=3", "2027-03-05=9"));
        assertLine(week, PayItem.GUARANTEED_HOURS, "4", "160.00");
        assertEquals(new BigDecimal("680.00"), week.gross());
    }

    /** 2642 day at 224.88 for 8 h (28.11 an hour), 6 h on Tuesday 4 May 2027: BASE 168.66 + GARANTIE 2 × 28.11 = 56.22 = 224.88. */
    @Test
    void anAudiovisualDayIsPaidItsEightHours() {
        WeekPay week = day(Agreement.IDCC_2642, "224.88", "8").pay(LocalDate.parse("2027-05-03"), days("2027-05-04=6"));
        assertLine(week, PayItem.GUARANTEED_HOURS, "2", "56.22");
        assertEquals(new BigDecimal("224.88"), week.gross());
    }
}
