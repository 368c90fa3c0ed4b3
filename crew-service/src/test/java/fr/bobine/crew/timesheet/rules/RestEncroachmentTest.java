package fr.bobine.crew.timesheet.rules;

import static fr.bobine.crew.timesheet.rules.CinemaWeek3097Test.assertLine;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

class RestEncroachmentTest {

    /** CCN 3097 Titre II art. 27 and 35, as the seeded daily_rest_rule gives it: 11 h, +100 % (1.00). */
    static final RestEncroachment CINEMA = new RestEncroachment(660, new BigDecimal("1.00"));
    /** CCN 2642 art. VI.3.1.2, as the seeded daily_rest_rule gives it: 11 h, +50 % (0.50). */
    static final RestEncroachment AUDIOVISUAL = new RestEncroachment(660, new BigDecimal("0.50"));

    static BigDecimal encroaching(RestEncroachment rule, String previousEnd, String start, String dayHours) {
        return rule.encroachingHours(LocalDateTime.parse(previousEnd), LocalDateTime.parse(start), new BigDecimal(dayHours));
    }

    static void assertHours(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), "expected " + expected + " h, got " + actual);
    }

    /**
     * Monday 15 March 2027 ends at 20:30, Tuesday 16 starts at 06:00: 9 h 30 of rest, 11 h - 9.5 h = 1.5 h of the
     * Tuesday cut into the rest. 11 h of rest or more: nothing. A rest of 2 h before a 1-hour day: the whole hour.
     */
    @Test
    void shortfallUnderTheRuleRestIsTheEncroachingTime() {
        assertHours("1.5", encroaching(CINEMA, "2027-03-15T20:30", "2027-03-16T06:00", "8"));
        assertHours("0", encroaching(CINEMA, "2027-03-15T19:00", "2027-03-16T06:00", "8"));
        assertHours("0", encroaching(CINEMA, "2027-03-15T17:00", "2027-03-16T08:00", "8"));
        assertHours("1", encroaching(CINEMA, "2027-03-15T23:00", "2027-03-16T01:00", "1"));
    }

    /** Exactly 11 h (19:15 to 06:15) is the rest, nothing encroaches; 10 h 45 (to 06:00) leaves one quarter inside it. */
    @Test
    void exactlyAtTheRestNothingEncroachesAQuarterShortOneQuarterDoes() {
        for (RestEncroachment rule : List.of(CINEMA, AUDIOVISUAL)) {
            assertHours("0", encroaching(rule, "2027-03-15T19:15", "2027-03-16T06:15", "8"));
            assertHours("0.25", encroaching(rule, "2027-03-15T19:15", "2027-03-16T06:00", "8.25"));
        }
        // a rest of 10 h 50 misses 10 minutes: the started quarter counts
        assertHours("0.25", encroaching(CINEMA, "2027-03-15T19:10", "2027-03-16T06:00", "8"));
    }

    /** The rest is data: a 12-hour rule (what V50 seeds for cinema artists) makes 11 h 45 of rest encroach by 0.25 h. */
    @Test
    void theRestLengthComesFromTheRule() {
        RestEncroachment twelve = new RestEncroachment(720, new BigDecimal("1.00"));
        assertHours("0.25", encroaching(twelve, "2027-03-15T18:15", "2027-03-16T06:00", "8"));
        assertHours("0", encroaching(CINEMA, "2027-03-15T18:15", "2027-03-16T06:00", "8"));
    }

    /** A rule without a premium (compensated otherwise, or not established) counts and pays nothing. */
    @Test
    void ruleWithoutPremiumPaysNothing() {
        RestEncroachment none = new RestEncroachment(720, null);
        assertHours("0", encroaching(none, "2027-03-15T23:00", "2027-03-16T06:00", "8"));
        assertHours("0", encroaching(RestEncroachment.NONE, "2027-03-15T23:00", "2027-03-16T06:00", "8"));
        assertThrows(IllegalArgumentException.class, () -> new RestEncroachment(660, new BigDecimal("0.505")));
        assertThrows(IllegalArgumentException.class, () -> new RestEncroachment(660, new BigDecimal("-0.50")));
    }

    /**
     * Cinema, base hourly rate 30.00, week of Monday 15 March 2027, Paris region (no night: the night starts at 20:00 and
     * ends at 06:00):
     * Mon 15: 10:15-19:15, 1 h meal: 8 h
     * Tue 16: 06:00-15:15, 1 h meal: 8.25 h; rest since Monday 19:15 = 10 h 45, its first quarter is inside the 11 h
     * Wed 17: 06:15-15:15, 1 h meal: 8 h; rest since Tuesday 15:15 = 15 h
     * Thu 18: 08:00-17:00, 1 h meal: 8 h. Total 32.25 h, no overtime.
     *
     * BASE   32.25 h × 30.00                  = 967.50
     * REPOS   0.25 h × 30.00 × 1.00 (art. 35)  =   7.50
     * Gross 975.00
     */
    @Test
    void cinemaQuarterHourInsideTheRestIsPaidPlus100Percent() {
        WeekPay week = CinemaWeek3097.compute(List.of(
                WorkedDay.of("2027-03-15", "8", "0"),
                WorkedDay.of("2027-03-16", "8.25", "0",
                        encroaching(CINEMA, "2027-03-15T19:15", "2027-03-16T06:00", "8.25").toPlainString()),
                WorkedDay.of("2027-03-17", "8", "0"),
                WorkedDay.of("2027-03-18", "8", "0")), new BigDecimal("30.00"), true, CINEMA);

        assertLine(week, PayItem.BASE_HOURS, "32.25", "967.50");
        assertLine(week, PayItem.REST_ENCROACHMENT, "0.25", "7.50");
        assertEquals(new BigDecimal("975.00"), week.gross());
    }

    /**
     * The same week in audiovisual at 20.00 an hour (2642 weekly minimum 700.00 for 35 h; night 20:00-06:00 in winter
     * fiction, none here):
     * BASE   32.25 h × 20.00                        = 645.00
     * REPOS   0.25 h × 20.00 × 0.50 (VI.3.1.2)       =   2.50
     * Gross 647.50. At exactly 11 h of rest (Tuesday starting 06:15 for 8 h): BASE 32 × 20.00 = 640.00, no REPOS.
     */
    @Test
    void audiovisualQuarterHourInsideTheRestIsPaidPlus50Percent() {
        WeekPay week = AudiovisualWeek2642.compute(List.of(
                WorkedDay.of("2027-03-15", "8", "0"),
                WorkedDay.of("2027-03-16", "8.25", "0",
                        encroaching(AUDIOVISUAL, "2027-03-15T19:15", "2027-03-16T06:00", "8.25").toPlainString()),
                WorkedDay.of("2027-03-17", "8", "0"),
                WorkedDay.of("2027-03-18", "8", "0")), new BigDecimal("20.00"), false, AUDIOVISUAL);
        assertLine(week, PayItem.BASE_HOURS, "32.25", "645.00");
        assertLine(week, PayItem.REST_ENCROACHMENT, "0.25", "2.50");
        assertEquals(new BigDecimal("647.50"), week.gross());

        WeekPay atTheRest = AudiovisualWeek2642.compute(List.of(
                WorkedDay.of("2027-03-15", "8", "0"),
                WorkedDay.of("2027-03-16", "8", "0",
                        encroaching(AUDIOVISUAL, "2027-03-15T19:15", "2027-03-16T06:15", "8").toPlainString()),
                WorkedDay.of("2027-03-17", "8", "0"),
                WorkedDay.of("2027-03-18", "8", "0")), new BigDecimal("20.00"), false, AUDIOVISUAL);
        assertLine(atTheRest, PayItem.BASE_HOURS, "32", "640.00");
        assertTrue(atTheRest.line(PayItem.REST_ENCROACHMENT).isEmpty());
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
                WorkedDay.of("2027-03-16", "8", "0", encroaching(CINEMA, "2027-03-15T20:30", "2027-03-16T06:00", "8").toPlainString()),
                WorkedDay.of("2027-03-17", "8", "0"),
                WorkedDay.of("2027-03-18", "8", "0"),
                WorkedDay.of("2027-03-19", "8", "0")), new BigDecimal("30.00"), true, CINEMA);

        assertLine(week, PayItem.BASE_HOURS, "41.5", "1245.00");
        assertLine(week, PayItem.OVERTIME_25, "6.5", "48.75");
        assertLine(week, PayItem.NIGHT_50, "0.5", "7.50");
        assertLine(week, PayItem.REST_ENCROACHMENT, "1.5", "45.00");
        assertEquals("REPOS", PayItem.REST_ENCROACHMENT.code);
        assertTrue(week.line(PayItem.SIXTH_DAY).isEmpty());
        assertEquals(new BigDecimal("1346.25"), week.gross());
    }

    /**
     * Within the art. 36 cap: Sunday 21 March 2027, cinema, 30.00 an hour, 8 h of which the first 2 cut into the rest.
     * Art. 35 comes first: the 2 encroaching hours get +100 %, which uses the whole cap, so their Sunday premium
     * (art. 41, +100 %) is not paid; the 6 others get the Sunday premium.
     * BASE 8 × 30.00 = 240.00 ; REPOS 2 × 30.00 = 60.00 ; DIM 6 × 30.00 = 180.00. Gross 480.00.
     */
    @Test
    void cinemaEncroachmentCountsInsideTheHundredPercentCap() {
        WeekPay week = CinemaWeek3097.compute(List.of(WorkedDay.of("2027-03-21", "8", "0", "2")), new BigDecimal("30.00"), true,
                CINEMA);
        assertLine(week, PayItem.BASE_HOURS, "8", "240.00");
        assertLine(week, PayItem.REST_ENCROACHMENT, "2", "60.00");
        assertLine(week, PayItem.SUNDAY, "6", "180.00");
        assertEquals(new BigDecimal("480.00"), week.gross());
    }

    /**
     * Cinema day engagement at 280.00 for 7 h (hourly 40.00): Thursday 4 March 2027, 8 h, of which the first 2 h cut
     * into the rest. BASE 8 × 40.00 = 320.00 ; hour 8 art. 34 +50 % = 20.00 ; REPOS 2 × 40.00 = 80.00. Gross 420.00.
     * Audiovisual day engagement at 160.00 for 8 h (20.00 an hour), the same day: REPOS 2 × 20.00 × 0.50 = 20.00.
     */
    @Test
    void dayEngagementsPayEncroachingHoursToo() {
        WeekPay day = DayWeeks.compute3097(List.of(WorkedDay.of("2027-03-04", "8", "0", "2")),
                DayWeeks.hourlyRate3097(new BigDecimal("280.00")), CINEMA);
        assertLine(day, PayItem.BASE_HOURS, "8", "320.00");
        assertLine(day, PayItem.OVERTIME_50, "1", "20.00");
        assertLine(day, PayItem.REST_ENCROACHMENT, "2", "80.00");
        assertEquals(new BigDecimal("420.00"), day.gross());

        WeekPay audiovisual = DayWeeks.compute2642(List.of(WorkedDay.of("2027-03-04", "8", "0", "2")),
                DayWeeks.hourlyRate2642(new BigDecimal("160.00")), false, AUDIOVISUAL);
        assertLine(audiovisual, PayItem.REST_ENCROACHMENT, "2", "20.00");
    }
}
