package fr.bobine.crew.timesheet.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

// CCN IDCC 3097 Titre II art. 25 and 36-42: a technician's civil week on a weekly engagement, guaranteed 39 h (35 h + 4 h at +25 %).
public final class CinemaWeek3097 {

    /** 35 h + 4 h × 1.25: the weekly minimum of the grid buys 40 hourly units. */
    public static final BigDecimal WEEKLY_UNITS = new BigDecimal("40");

    private static final WeekCalculator CALCULATOR = new WeekCalculator(List.of(new WeeklyOvertime3097(),
            new LongDay3097(), new Night3097(), new Sunday3097(), new PublicHoliday3097()), MajorationCap3097.cap());

    private CinemaWeek3097() {
    }

    /** The base hourly rate of a weekly rate agreed for 39 h, kept at 6 decimals (a rate, not an amount shown). */
    public static BigDecimal hourlyRate(BigDecimal weeklyRate39h) {
        return weeklyRate39h.divide(WEEKLY_UNITS, 6, RoundingMode.HALF_UP);
    }

    public static WeekPay compute(List<WorkedDay> days, BigDecimal hourlyRate) {
        return CALCULATOR.compute(days, hourlyRate);
    }
}
