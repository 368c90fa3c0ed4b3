package fr.bobine.crew.timesheet.rules;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One day of work as the weekly computation sees it: effective hours (meal breaks removed), how many of them fall in
 * the agreement's night window and how many cut into the daily rest that should have preceded the day. Hours are in
 * quarter hours; the night hours are the last hours of the day, the rest-encroaching hours its first hours.
 */
public record WorkedDay(LocalDate date, BigDecimal hours, BigDecimal nightHours, BigDecimal restEncroachingHours) {

    public WorkedDay {
        if (hours.signum() < 0 || nightHours.signum() < 0 || nightHours.compareTo(hours) > 0) {
            throw new IllegalArgumentException("night hours must be between 0 and the hours of the day");
        }
        if (restEncroachingHours.signum() < 0 || restEncroachingHours.compareTo(hours) > 0) {
            throw new IllegalArgumentException("rest-encroaching hours must be between 0 and the hours of the day");
        }
        if (!inQuarters(hours) || !inQuarters(nightHours) || !inQuarters(restEncroachingHours)) {
            throw new IllegalArgumentException("hours are counted in quarter hours");
        }
    }

    /** A day that does not cut into the preceding rest. */
    public WorkedDay(LocalDate date, BigDecimal hours, BigDecimal nightHours) {
        this(date, hours, nightHours, BigDecimal.ZERO);
    }

    public static WorkedDay of(String date, String hours, String nightHours) {
        return new WorkedDay(LocalDate.parse(date), new BigDecimal(hours), new BigDecimal(nightHours));
    }

    public static WorkedDay of(String date, String hours, String nightHours, String restEncroachingHours) {
        return new WorkedDay(LocalDate.parse(date), new BigDecimal(hours), new BigDecimal(nightHours),
                new BigDecimal(restEncroachingHours));
    }

    int quarters() {
        return toQuarters(hours);
    }

    int nightQuarters() {
        return toQuarters(nightHours);
    }

    int restEncroachingQuarters() {
        return toQuarters(restEncroachingHours);
    }

    private static boolean inQuarters(BigDecimal value) {
        return value.multiply(BigDecimal.valueOf(4)).stripTrailingZeros().scale() <= 0;
    }

    private static int toQuarters(BigDecimal value) {
        return value.multiply(BigDecimal.valueOf(4)).intValueExact();
    }
}
