package fr.bobine.distribution.revenue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * The French cinema week, Wednesday to Tuesday (trade charts "du 18 au 24 mai 2022"; shared/domain/distribution.md §3.3).
 */
public record CinemaWeek(LocalDate start) {

    public CinemaWeek {
        if (!isWeekStart(start)) {
            throw new IllegalArgumentException(start + " is a " + start.getDayOfWeek() + "; a cinema week starts on a Wednesday");
        }
    }

    public static boolean isWeekStart(LocalDate day) {
        return day != null && day.getDayOfWeek() == DayOfWeek.WEDNESDAY;
    }

    /** The cinema week that contains {@code day}. */
    public static CinemaWeek containing(LocalDate day) {
        return new CinemaWeek(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.WEDNESDAY)));
    }

    public LocalDate end() {
        return start.plusDays(6);
    }

    public CinemaWeek next() {
        return new CinemaWeek(start.plusWeeks(1));
    }
}
