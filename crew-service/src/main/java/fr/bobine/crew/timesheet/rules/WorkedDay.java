package fr.bobine.crew.timesheet.rules;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One day of work as the weekly computation sees it: effective hours (meal breaks removed) and how many of them fall
 * in the agreement's night window. Hours are in quarter hours; the night hours are the last hours of the day.
 */
public record WorkedDay(LocalDate date, BigDecimal hours, BigDecimal nightHours) {

    public WorkedDay {
        if (hours.signum() < 0 || nightHours.signum() < 0 || nightHours.compareTo(hours) > 0) {
            throw new IllegalArgumentException("night hours must be between 0 and the hours of the day");
        }
        if (hours.multiply(BigDecimal.valueOf(4)).stripTrailingZeros().scale() > 0
                || nightHours.multiply(BigDecimal.valueOf(4)).stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException("hours are counted in quarter hours");
        }
    }

    public static WorkedDay of(String date, String hours, String nightHours) {
        return new WorkedDay(LocalDate.parse(date), new BigDecimal(hours), new BigDecimal(nightHours));
    }

    int quarters() {
        return hours.multiply(BigDecimal.valueOf(4)).intValueExact();
    }

    int nightQuarters() {
        return nightHours.multiply(BigDecimal.valueOf(4)).intValueExact();
    }
}
