package fr.bobine.crew.timesheet.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

// CCN IDCC 3097 Titre II art. 25 and 35-42: a technician's civil week on a weekly engagement, guaranteed 39 h (35 h + 4 h at +25 %).
public final class CinemaWeek3097 {

    /** 35 h + 4 h × 1.25: the weekly minimum of the grid buys 40 hourly units. */
    public static final BigDecimal WEEKLY_UNITS = new BigDecimal("40");

    private CinemaWeek3097() {
    }

    /** Premiums in the order of the articles (35, 37, 38, 39, 40, 41, 42), capped at +100 % in total (art. 36). */
    private static WeekCalculator calculator(boolean parisRegion, RestEncroachment rest) {
        return new WeekCalculator(List.of(rest, new WeeklyOvertime3097(), new LongDay3097(),
                new SixthDay3097(parisRegion), new Night3097(), new Sunday3097(), new PublicHoliday3097()), MajorationCap3097.cap());
    }

    /** The base hourly rate of a weekly rate agreed for 39 h, kept at 6 decimals (a rate, not an amount shown). */
    public static BigDecimal hourlyRate(BigDecimal weeklyRate39h) {
        return weeklyRate39h.divide(WEEKLY_UNITS, 6, RoundingMode.HALF_UP);
    }

    /** A week outside the Paris region (no 6th-day premium: art. 26 allows 6-day weeks there). */
    public static WeekPay compute(List<WorkedDay> days, BigDecimal hourlyRate) {
        return compute(days, hourlyRate, false);
    }

    /** A week without hours cutting into the daily rest. */
    public static WeekPay compute(List<WorkedDay> days, BigDecimal hourlyRate, boolean parisRegion) {
        return compute(days, hourlyRate, parisRegion, RestEncroachment.NONE);
    }

    /** {@code rest}: the daily-rest rule in force (art. 35), whose premium counts inside the art. 36 cap. */
    public static WeekPay compute(List<WorkedDay> days, BigDecimal hourlyRate, boolean parisRegion, RestEncroachment rest) {
        return calculator(parisRegion, rest).compute(days, hourlyRate);
    }
}
