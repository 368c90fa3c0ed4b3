package fr.bobine.crew.timesheet.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class WeeklyLimitsTest {

    /** The seeded limits of both agreements (V52): weekly rest 35 h (24 h + 11 h), maximum 48 h, derogation 60 h. */
    static final WeeklyLimits.Limits CINEMA = new WeeklyLimits.Limits(new BigDecimal("35"), new BigDecimal("48"),
            new BigDecimal("60"), "CCN 3097 art. 24-25");
    static final WeeklyLimits.Limits AUDIOVISUAL = new WeeklyLimits.Limits(new BigDecimal("35"), new BigDecimal("48"),
            new BigDecimal("60"), "CCN 2642 VI.3.2");

    static final LocalDate MONDAY = LocalDate.parse("2027-03-15");

    /** A day from {@code from} to {@code to} (next day when earlier), with {@code hours} effective hours. */
    static WeeklyLimits.Day day(String date, String from, String to, String hours) {
        LocalDate d = LocalDate.parse(date);
        LocalDateTime start = d.atTime(java.time.LocalTime.parse(from));
        LocalDateTime end = d.atTime(java.time.LocalTime.parse(to));
        return new WeeklyLimits.Day(d, start, end.isAfter(start) ? end : end.plusDays(1), new BigDecimal(hours));
    }

    /** Monday to Saturday, {@code hours} each but the Saturday ({@code saturday}), 08:00 to a late enough end. */
    static List<WeeklyLimits.Day> sixDays(String hours, String saturday) {
        List<WeeklyLimits.Day> days = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            days.add(day(MONDAY.plusDays(i).toString(), "08:00", "20:00", hours));
        }
        days.add(day(MONDAY.plusDays(5).toString(), "08:00", "20:00", saturday));
        return days;
    }

    static List<WeeklyLimits.Code> codes(List<WeeklyLimits.Warning> warnings) {
        return warnings.stream().map(WeeklyLimits.Warning::code).toList();
    }

    /** 6 × 8 h = 48 h exactly: no warning, in either agreement. */
    @Test
    void exactlyFortyEightHoursIsWithinTheMaximum() {
        assertEquals(List.of(), WeeklyLimits.check(MONDAY, sixDays("8", "8"), CINEMA));
        assertEquals(List.of(), WeeklyLimits.check(MONDAY, sixDays("8", "8"), AUDIOVISUAL));
    }

    /** 5 × 8 h + 8.25 h = 48.25 h: one quarter above the maximum, a WEEKLY_MAXIMUM_EXCEEDED warning. */
    @Test
    void fortyEightHoursAndAQuarterExceedsTheMaximum() {
        for (WeeklyLimits.Limits limits : List.of(CINEMA, AUDIOVISUAL)) {
            List<WeeklyLimits.Warning> warnings = WeeklyLimits.check(MONDAY, sixDays("8", "8.25"), limits);
            assertEquals(List.of(WeeklyLimits.Code.WEEKLY_MAXIMUM_EXCEEDED), codes(warnings));
            assertTrue(warnings.get(0).message().contains("48.25 h worked in the week of 2027-03-15"), warnings.get(0).message());
            assertTrue(warnings.get(0).message().contains(limits.source()), warnings.get(0).message());
        }
    }

    /** 6 × 10 h = 60 h exactly: above 48 h (a derogation is needed) but within the derogation maximum. */
    @Test
    void exactlySixtyHoursNeedsTheDerogationButDoesNotExceedIt() {
        assertEquals(List.of(WeeklyLimits.Code.WEEKLY_MAXIMUM_EXCEEDED), codes(WeeklyLimits.check(MONDAY, sixDays("10", "10"), CINEMA)));
        assertEquals(List.of(WeeklyLimits.Code.WEEKLY_MAXIMUM_EXCEEDED),
                codes(WeeklyLimits.check(MONDAY, sixDays("10", "10"), AUDIOVISUAL)));
    }

    /** 5 × 10 h + 10.25 h = 60.25 h: above the derogation maximum; only that warning (it implies the other). */
    @Test
    void sixtyHoursAndAQuarterExceedsTheDerogationMaximum() {
        List<WeeklyLimits.Warning> warnings = WeeklyLimits.check(MONDAY, sixDays("10", "10.25"), AUDIOVISUAL);
        assertEquals(List.of(WeeklyLimits.Code.DEROGATION_MAXIMUM_EXCEEDED), codes(warnings));
        assertTrue(warnings.get(0).message().contains("60.25 h"), warnings.get(0).message());
    }

    /**
     * Sunday 14 March 08:00-13:00 (the week before), Monday to Friday 08:00-13:00, Saturday 15:00-20:00, and the next
     * Monday 22 March from 07:00: the longest rest touching the week is Saturday 20:00 to Monday 07:00 = 35 h exactly,
     * the weekly rest. From 06:45 it is 34 h 45, one quarter short.
     */
    @Test
    void weeklyRestExactlyAtTheMinimumPassesAQuarterShortIsWarned() {
        assertEquals(List.of(), WeeklyLimits.check(MONDAY, restWeek("07:00"), CINEMA));
        List<WeeklyLimits.Warning> warnings = WeeklyLimits.check(MONDAY, restWeek("06:45"), CINEMA);
        assertEquals(List.of(WeeklyLimits.Code.WEEKLY_REST_SHORT), codes(warnings));
        assertTrue(warnings.get(0).message().contains("34 h 45, under the weekly rest of 35 h"), warnings.get(0).message());
        assertEquals(List.of(WeeklyLimits.Code.WEEKLY_REST_SHORT), codes(WeeklyLimits.check(MONDAY, restWeek("06:45"), AUDIOVISUAL)));
    }

    static List<WeeklyLimits.Day> restWeek(String nextMondayStart) {
        List<WeeklyLimits.Day> days = new ArrayList<>();
        days.add(day("2027-03-14", "08:00", "13:00", "5"));
        for (int i = 0; i < 5; i++) {
            days.add(day(MONDAY.plusDays(i).toString(), "08:00", "13:00", "5"));
        }
        days.add(day("2027-03-20", "15:00", "20:00", "5"));
        days.add(day("2027-03-22", nextMondayStart, "12:00", "5"));
        return days;
    }

    /** Nothing recorded after Saturday: the rest that follows is open, so no warning can come from it yet. */
    @Test
    void anOpenRestAfterTheLastRecordedDayIsNotWarned() {
        List<WeeklyLimits.Day> days = restWeek("06:45");
        days.remove(days.size() - 1);
        assertEquals(List.of(), WeeklyLimits.check(MONDAY, days, CINEMA));
    }

    /** Seven days worked in the civil week, even short ones: no day of rest (C. trav. L3132-1). */
    @Test
    void sevenWorkedDaysAreAShortWeeklyRest() {
        List<WeeklyLimits.Day> days = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            days.add(day(MONDAY.plusDays(i).toString(), "08:00", "12:00", "4"));
        }
        List<WeeklyLimits.Warning> warnings = WeeklyLimits.check(MONDAY, days, CINEMA);
        assertEquals(List.of(WeeklyLimits.Code.WEEKLY_REST_SHORT), codes(warnings));
        assertTrue(warnings.get(0).message().startsWith("all 7 days of the week of 2027-03-15 are worked"), warnings.get(0).message());
    }

    /** Days around the week count for the rest, not for the hours: only the days dated in the week are summed. */
    @Test
    void onlyTheDaysOfTheWeekCountForTheHours() {
        List<WeeklyLimits.Day> days = new ArrayList<>(sixDays("8", "8"));
        days.add(day("2027-03-22", "08:00", "20:00", "11"));
        assertEquals(List.of(), WeeklyLimits.check(MONDAY, days, CINEMA));
    }
}
