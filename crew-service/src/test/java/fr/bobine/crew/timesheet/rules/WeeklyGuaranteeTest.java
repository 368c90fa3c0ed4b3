package fr.bobine.crew.timesheet.rules;

import static fr.bobine.crew.timesheet.rules.CinemaWeek3097Test.assertLine;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.bobine.crew.grid.Agreement;
import fr.bobine.crew.grid.Engagement;

/**
 * The guaranteed week. CCN 3097 Titre II art. 25: "Le travail est organisé sur la base d'une durée hebdomadaire minimale
 * garantie de 39 heures comprenant 4 heures supplémentaires majorées de 25 %"; art. 26: outside the Paris region a week
 * may run on 6 days, "le nombre d'heures minimal de travail effectif garanti sera de 47 heures". CCN 2642 IV.2.1: a CDDU
 * is paid on a weekly basis, minima for 35 h and for 39 h (the 4 hours beyond 35 at +25 %); V.2.2: the contract states
 * its weekly reference duration. Weekly rate 1 200.00 for 39 h = 40 units: 30.00 an hour (3097); 1 000.00 for 39 h:
 * 25.00 an hour (2642). Week of Monday 1 March 2027 and of Monday 7 June 2027, no public holiday.
 */
class WeeklyGuaranteeTest {

    static final GuaranteedHours CINEMA = new GuaranteedHours(new BigDecimal("39"), true, new BigDecimal("47"), null);
    static final GuaranteedHours AUDIOVISUAL = new GuaranteedHours(null, true, null, null);

    static ContractWeek cinema(boolean parisRegion, String start) {
        return new ContractWeek(Agreement.IDCC_3097, Engagement.WEEKLY, 39, new BigDecimal("1200.00"), parisRegion, false, CINEMA,
                LocalDate.parse(start), LocalDate.parse("2027-04-23"));
    }

    static List<WorkedDay> days(String... dateAndHours) {
        return java.util.Arrays.stream(dateAndHours).map(d -> d.split("=")).map(d -> WorkedDay.of(d[0], d[1], "0")).toList();
    }

    static WeekPay cinemaWeek(String... dateAndHours) {
        return cinema(false, "2027-03-01").pay(LocalDate.parse("2027-03-01"), days(dateAndHours));
    }

    /** Exactly 39 h (8 + 8 + 8 + 8 + 7): BASE 39 × 30.00 = 1 170.00 + HS25 4 × 7.50 = 30.00 = 1 200.00; nothing to add. */
    @Test
    void aWeekOfExactlyTheGuaranteedHoursAddsNothing() {
        WeekPay week = cinemaWeek("2027-03-01=8", "2027-03-02=8", "2027-03-03=8", "2027-03-04=8", "2027-03-05=7");
        assertTrue(week.line(PayItem.GUARANTEED_HOURS).isEmpty());
        assertEquals(new BigDecimal("1200.00"), week.gross());
    }

    /**
     * 38 h, one under: BASE 38 × 30.00 = 1 140.00, HS25 hours 36-38: 3 × 7.50 = 22.50; the 39th hour is guaranteed at
     * +25 %: 1 × 30.00 × 1.25 = 37.50. Gross 1 140.00 + 22.50 + 37.50 = 1 200.00.
     */
    @Test
    void oneHourUnderTheGuaranteeIsPaidAsTheThirtyNinthHourAtPlus25Percent() {
        WeekPay week = cinemaWeek("2027-03-01=8", "2027-03-02=8", "2027-03-03=8", "2027-03-04=8", "2027-03-05=6");
        assertLine(week, PayItem.OVERTIME_25, "3", "22.50");
        assertLine(week, PayItem.GUARANTEED_HOURS, "1", "37.50");
        assertEquals(new BigDecimal("1200.00"), week.gross());
        assertEquals(0, new BigDecimal("38").compareTo(week.hours()), "the week's hours stay the hours worked");
    }

    /** 40 h, one over: BASE 1 200.00 + HS25 5 × 7.50 = 37.50 = 1 237.50; nothing guaranteed is missing. */
    @Test
    void oneHourOverTheGuaranteeIsOrdinaryOvertime() {
        WeekPay week = cinemaWeek("2027-03-01=8", "2027-03-02=8", "2027-03-03=8", "2027-03-04=8", "2027-03-05=8");
        assertTrue(week.line(PayItem.GUARANTEED_HOURS).isEmpty());
        assertEquals(new BigDecimal("1237.50"), week.gross());
    }

    /**
     * A short week of 5 × 6 h = 30 h: BASE 900.00; the 9 guaranteed hours not worked are hours 31-35 at the base rate,
     * 5 × 30.00 = 150.00, and hours 36-39 at +25 %, 4 × 37.50 = 150.00: GARANTIE 300.00. Gross 1 200.00, the guaranteed
     * week, and not the 900.00 of the hours worked.
     */
    @Test
    void aShortWeekIsPaidTheGuaranteedWeek() {
        WeekPay week = cinemaWeek("2027-03-01=6", "2027-03-02=6", "2027-03-03=6", "2027-03-04=6", "2027-03-05=6");
        assertLine(week, PayItem.BASE_HOURS, "30", "900.00");
        assertLine(week, PayItem.GUARANTEED_HOURS, "9", "300.00");
        assertEquals(new BigDecimal("1200.00"), week.gross());
    }

    /**
     * 30 h of which 6 on Sunday 7 March (art. 41, +100 %): the Sunday premium belongs to the hours worked and is paid on
     * top of the guaranteed week. BASE 900.00 + DIM 6 × 30.00 = 180.00 + GARANTIE 300.00 = 1 380.00.
     */
    @Test
    void premiumsOfTheHoursWorkedArePaidOnTopOfTheGuarantee() {
        WeekPay week = cinemaWeek("2027-03-01=6", "2027-03-02=6", "2027-03-03=6", "2027-03-04=6", "2027-03-07=6");
        assertLine(week, PayItem.SUNDAY, "6", "180.00");
        assertLine(week, PayItem.GUARANTEED_HOURS, "9", "300.00");
        assertEquals(new BigDecimal("1380.00"), week.gross());
    }

    /**
     * A contract starting on Wednesday 3 March covers 3 weekdays of the week of 1 March: 39 h × 3/5 = 23.4 h guaranteed.
     * 3 × 7 h = 21 h: BASE 630.00 + GARANTIE 2.4 × 30.00 = 72.00 = 702.00. 3 × 8 h = 24 h is above: 720.00, no line.
     */
    @Test
    void aWeekTheContractCoversInPartIsGuaranteedInProportionToItsWeekdays() {
        assertEquals(3, WeeklyGuarantee.contractWeekdays(LocalDate.parse("2027-03-01"), LocalDate.parse("2027-03-03"), null));
        ContractWeek fromWednesday = cinema(false, "2027-03-03");
        WeekPay short21 = fromWednesday.pay(LocalDate.parse("2027-03-01"), days("2027-03-03=7", "2027-03-04=7", "2027-03-05=7"));
        assertLine(short21, PayItem.GUARANTEED_HOURS, "2.4", "72.00");
        assertEquals(new BigDecimal("702.00"), short21.gross());
        WeekPay full24 = fromWednesday.pay(LocalDate.parse("2027-03-01"), days("2027-03-03=8", "2027-03-04=8", "2027-03-05=8"));
        assertTrue(full24.line(PayItem.GUARANTEED_HOURS).isEmpty());
        assertEquals(new BigDecimal("720.00"), full24.gross());
    }

    /**
     * Six days of 7 h = 42 h outside the Paris region (art. 26: 47 h guaranteed). BASE 42 × 30.00 = 1 260.00, HS25 hours
     * 36-42: 7 × 7.50 = 52.50; GARANTIE 5 h: hour 43 at +25 % = 37.50, hours 44-47 at +50 % (art. 37) = 4 × 45.00 =
     * 180.00, 217.50. Gross 1 530.00 = 47 h worked (1 410.00 + 8 × 7.50 + 4 × 15.00). In the Paris region the 47 h do
     * not apply: 42 h are above the 39 h, and Saturday is the 6th day at +100 % (art. 39) instead.
     */
    @Test
    void aSixDayWeekOutsideTheParisRegionIsGuaranteedFortySevenHours() {
        List<WorkedDay> sixDays = days("2027-03-01=7", "2027-03-02=7", "2027-03-03=7", "2027-03-04=7", "2027-03-05=7",
                "2027-03-06=7");
        WeekPay outside = cinema(false, "2027-03-01").pay(LocalDate.parse("2027-03-01"), sixDays);
        assertLine(outside, PayItem.OVERTIME_25, "7", "52.50");
        assertLine(outside, PayItem.GUARANTEED_HOURS, "5", "217.50");
        assertEquals(new BigDecimal("1530.00"), outside.gross());
        WeekPay paris = cinema(true, "2027-03-01").pay(LocalDate.parse("2027-03-01"), sixDays);
        assertTrue(paris.line(PayItem.GUARANTEED_HOURS).isEmpty());
        assertLine(paris, PayItem.SIXTH_DAY, "7", "210.00");
    }

    /**
     * 2642, CDDU of 39 h at 1 000.00 (25.00 an hour), week of 7 June 2027, 37 h: BASE 925.00, HS25 overtime hours 1-2
     * (VI.8) 2 × 6.25 = 12.50, GARANTIE hours 38-39 at +25 % 2 × 31.25 = 62.50: 1 000.00, the contract's week. A CDDU of
     * 35 h at 875.00 (25.00 an hour) worked 34 h: BASE 850.00 + GARANTIE 25.00 = 875.00.
     */
    @Test
    void anAudiovisualCdduIsPaidItsWeeklyReferenceDuration() {
        ContractWeek at39 = new ContractWeek(Agreement.IDCC_2642, Engagement.WEEKLY, 39, new BigDecimal("1000.00"), false, false,
                AUDIOVISUAL, LocalDate.parse("2027-06-01"), LocalDate.parse("2027-07-30"));
        WeekPay week = at39.pay(LocalDate.parse("2027-06-07"), days("2027-06-07=8", "2027-06-08=8", "2027-06-09=8",
                "2027-06-10=8", "2027-06-11=5"));
        assertLine(week, PayItem.OVERTIME_25, "2", "12.50");
        assertLine(week, PayItem.GUARANTEED_HOURS, "2", "62.50");
        assertEquals(new BigDecimal("1000.00"), week.gross());

        ContractWeek at35 = new ContractWeek(Agreement.IDCC_2642, Engagement.WEEKLY, 35, new BigDecimal("875.00"), false, false,
                AUDIOVISUAL, LocalDate.parse("2027-06-01"), LocalDate.parse("2027-07-30"));
        WeekPay week35 = at35.pay(LocalDate.parse("2027-06-07"), days("2027-06-07=7", "2027-06-08=7", "2027-06-09=7",
                "2027-06-10=7", "2027-06-11=6"));
        assertLine(week35, PayItem.GUARANTEED_HOURS, "1", "25.00");
        assertEquals(new BigDecimal("875.00"), week35.gross());
    }

    /** Without reference data in force there is nothing to guarantee: 30 h are paid 900.00. */
    @Test
    void withoutAGuaranteeInForceTheHoursWorkedArePaid() {
        ContractWeek none = new ContractWeek(Agreement.IDCC_3097, Engagement.WEEKLY, 39, new BigDecimal("1200.00"), false, false,
                GuaranteedHours.NONE, LocalDate.parse("2027-03-01"), LocalDate.parse("2027-04-23"));
        WeekPay week = none.pay(LocalDate.parse("2027-03-01"), days("2027-03-01=6", "2027-03-02=6", "2027-03-03=6",
                "2027-03-04=6", "2027-03-05=6"));
        assertEquals(new BigDecimal("900.00"), week.gross());
    }
}
