package fr.bobine.crew.timesheet.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import fr.bobine.crew.grid.Agreement;
import fr.bobine.crew.grid.Engagement;

/**
 * The pay of one week of a technician's contract under its agreement: the premiums of the hours worked, then the hours
 * the agreement guarantees. Plain, so that the recorded timesheets and a planned week (a shooting schedule) are computed
 * alike. {@code rate} is the rate in force for the week: weekly for the weekly hours, or daily; {@code rest} the daily-rest
 * rule in force (the premium of the hours that cut into the rest).
 */
public record ContractWeek(Agreement agreement, Engagement engagement, Integer weeklyHours, BigDecimal rate, boolean parisRegion,
        boolean setCraft, GuaranteedHours guarantee, LocalDate contractStart, LocalDate contractEnd, RestEncroachment rest) {

    /** A week in which no hour cuts into the daily rest. */
    public ContractWeek(Agreement agreement, Engagement engagement, Integer weeklyHours, BigDecimal rate, boolean parisRegion,
            boolean setCraft, GuaranteedHours guarantee, LocalDate contractStart, LocalDate contractEnd) {
        this(agreement, engagement, weeklyHours, rate, parisRegion, setCraft, guarantee, contractStart, contractEnd,
                RestEncroachment.NONE);
    }

    /** The base hourly rate the week is computed on, kept at 6 decimals. */
    public BigDecimal hourlyRate() {
        if (engagement == Engagement.DAILY) {
            return agreement == Agreement.IDCC_3097 ? DayWeeks.hourlyRate3097(rate) : DayWeeks.hourlyRate2642(rate);
        }
        if (agreement == Agreement.IDCC_3097) {
            return weeklyHours == 39 ? CinemaWeek3097.hourlyRate(rate) : rate.divide(BigDecimal.valueOf(35), 6, RoundingMode.HALF_UP);
        }
        return AudiovisualWeek2642.hourlyRate(rate, weeklyHours);
    }

    /** The week starting on {@code weekStart}, with the days worked in it (each within the contract). */
    public WeekPay pay(LocalDate weekStart, List<WorkedDay> days) {
        BigDecimal hourly = hourlyRate();
        if (engagement == Engagement.DAILY) {
            WeekPay worked = agreement == Agreement.IDCC_3097 ? DayWeeks.compute3097(days, hourly, rest)
                    : DayWeeks.compute2642(days, hourly, setCraft, rest);
            return DayGuarantee.apply(worked, days, guarantee.dailyHours(), hourly);
        }
        WeekPay worked = agreement == Agreement.IDCC_3097 ? CinemaWeek3097.compute(days, hourly, parisRegion, rest)
                : AudiovisualWeek2642.compute(days, hourly, setCraft, rest);
        int workedDays = (int) days.stream().filter(d -> d.hours().signum() > 0).count();
        BigDecimal guaranteed = WeeklyGuarantee.hours(guarantee.weeklyHoursFor(weeklyHours), guarantee.sixDayWeekHours(),
                WeeklyGuarantee.contractWeekdays(weekStart, contractStart, contractEnd), workedDays, parisRegion);
        return WeeklyGuarantee.apply(worked, guaranteed, hourly, agreement == Agreement.IDCC_3097
                ? WeeklyOvertime3097::percentForHour : WeeklyOvertime2642::percentForHour);
    }
}
