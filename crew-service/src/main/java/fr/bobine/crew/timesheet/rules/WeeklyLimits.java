package fr.bobine.crew.timesheet.rules;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

// C. trav. L3132-1 and L3132-2 (6 days a week at most, 24 h weekly rest + 11 h daily rest), L3121-20 and L3121-21 (48 h,
// more by derogation); CCN 3097 Titre II art. 24-25; CCN 2642 art. VI.3.2.1-VI.3.2.2. Figures are dated reference data.
/**
 * The warnings a civil week of a person raises against the weekly limits of their agreement: a weekly rest shorter than
 * the minimum, more hours than the weekly maximum, more than the maximum a derogation allows. Warnings, not refusals: a
 * week above 48 h may be covered by a derogation the production holds, and what happened is recorded as it happened.
 */
public final class WeeklyLimits {

    /** An agreement's weekly limits, in hours, as the dated reference data gives them. */
    public record Limits(BigDecimal weeklyRestHours, BigDecimal maximumHours, BigDecimal derogationMaximumHours, String source) {

        public Limits {
            if (weeklyRestHours.signum() <= 0 || maximumHours.signum() <= 0 || derogationMaximumHours.compareTo(maximumHours) < 0) {
                throw new IllegalArgumentException("limits are positive and the derogation maximum is at least the maximum");
            }
        }
    }

    /**
     * A day of work of the person, in the week or around it (any contract): its effective hours and, when recorded with
     * times, its start and end (an artist's cachet day has none).
     */
    public record Day(LocalDate date, LocalDateTime start, LocalDateTime end, BigDecimal hours) {
    }

    @Schema(name = "TimesheetWarningCode")
    public enum Code {
        /** The longest rest of the week is shorter than the weekly rest, or all seven days are worked. */
        WEEKLY_REST_SHORT,
        /** More hours than the weekly maximum (48 h), within what a derogation allows. */
        WEEKLY_MAXIMUM_EXCEEDED,
        /** More hours than even a derogation allows (60 h). */
        DEROGATION_MAXIMUM_EXCEEDED
    }

    public record Warning(Code code, String message) {
    }

    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    private WeeklyLimits() {
    }

    /**
     * The warnings of the week starting on {@code weekStart} (seven days), from the person's days in it and around it.
     * Hours: the effective hours of the days dated in the week; above the derogation maximum only that warning is given
     * (it implies the other). Weekly rest: the longest time without work touching the week, between two days with times
     * (a rest running into the week before or after counts in full); before the first known day and after the last one
     * the rest is open (nothing recorded: no warning from it). Seven days worked in the week is a short rest whatever
     * the times (L3132-1).
     */
    public static List<Warning> check(LocalDate weekStart, List<Day> days, Limits limits) {
        LocalDate weekEnd = weekStart.plusDays(6);
        List<Day> inWeek = days.stream().filter(d -> !d.date().isBefore(weekStart) && !d.date().isAfter(weekEnd)).toList();
        List<Warning> warnings = new ArrayList<>();
        if (inWeek.isEmpty()) {
            return warnings;
        }
        Set<LocalDate> worked = new TreeSet<>();
        inWeek.forEach(d -> worked.add(d.date()));
        if (worked.size() == 7) {
            warnings.add(new Warning(Code.WEEKLY_REST_SHORT, "all 7 days of the week of " + weekStart + " are worked: a week "
                    + "must keep a rest of " + hours(limits.weeklyRestHours()) + " (" + limits.source() + ")"));
        } else {
            longestRest(weekStart, days).ifPresent(rest -> {
                if (BigDecimal.valueOf(rest).compareTo(limits.weeklyRestHours().multiply(SIXTY)) < 0) {
                    warnings.add(new Warning(Code.WEEKLY_REST_SHORT, "the longest rest of the week of " + weekStart + " is "
                            + Minutes.text(rest) + ", under the weekly rest of " + hours(limits.weeklyRestHours()) + " ("
                            + limits.source() + ")"));
                }
            });
        }
        BigDecimal total = inWeek.stream().map(Day::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.compareTo(limits.derogationMaximumHours()) > 0) {
            warnings.add(new Warning(Code.DEROGATION_MAXIMUM_EXCEEDED, hours(total) + " worked in the week of " + weekStart
                    + ", above the " + hours(limits.derogationMaximumHours()) + " a derogation allows (" + limits.source() + ")"));
        } else if (total.compareTo(limits.maximumHours()) > 0) {
            warnings.add(new Warning(Code.WEEKLY_MAXIMUM_EXCEEDED, hours(total) + " worked in the week of " + weekStart
                    + ", above the weekly maximum of " + hours(limits.maximumHours()) + ": only with a derogation, up to "
                    + hours(limits.derogationMaximumHours()) + " (" + limits.source() + ")"));
        }
        return warnings;
    }

    /**
     * The longest rest, in minutes, between two consecutive days with times where the rest touches the week; empty when
     * the week has no day with times or a rest touching it is open (no day known before or after).
     */
    static Optional<Long> longestRest(LocalDate weekStart, List<Day> days) {
        LocalDateTime from = weekStart.atStartOfDay();
        LocalDateTime to = weekStart.plusDays(7).atStartOfDay();
        List<Day> timed = days.stream().filter(d -> d.start() != null && d.end() != null).sorted(Comparator.comparing(Day::start))
                .toList();
        boolean anyInWeek = timed.stream().anyMatch(d -> d.start().isBefore(to) && d.end().isAfter(from));
        if (!anyInWeek) {
            return Optional.empty();
        }
        // open ends: nothing recorded before the first day or after the last one, and that rest reaches into the week
        if (timed.get(0).start().isAfter(from) || timed.get(timed.size() - 1).end().isBefore(to)) {
            return Optional.empty();
        }
        long longest = 0;
        for (int i = 1; i < timed.size(); i++) {
            LocalDateTime restFrom = timed.get(i - 1).end();
            LocalDateTime restTo = timed.get(i).start();
            if (restFrom.isBefore(to) && restTo.isAfter(from)) {
                longest = Math.max(longest, Duration.between(restFrom, restTo).toMinutes());
            }
        }
        return Optional.of(longest);
    }

    private static String hours(BigDecimal value) {
        return WeekCalculator.plain(value).toPlainString() + " h";
    }
}
