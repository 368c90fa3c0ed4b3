package fr.bobine.crew.timesheet.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.OptionalInt;

// CCN IDCC 2642 art. VI.3.1.2, VI.8-VI.10 and VII.2: a CDDU week at 35 h; premiums cumulate, no overall cap in the agreement.
public final class AudiovisualWeek2642 {

    private AudiovisualWeek2642() {
    }

    /** The hourly rate of a weekly minimum for 35 h (or for 39 h: 35 h + 4 h at +25 % = 40 units). */
    public static BigDecimal hourlyRate(BigDecimal weeklyRate, int weeklyHours) {
        BigDecimal units = weeklyHours == 39 ? new BigDecimal("40") : BigDecimal.valueOf(weeklyHours);
        return weeklyRate.divide(units, 6, RoundingMode.HALF_UP);
    }

    public static WeekPay compute(List<WorkedDay> days, BigDecimal hourlyRate, boolean setCraft) {
        return compute(days, hourlyRate, setCraft, RestEncroachment.NONE);
    }

    /** {@code rest}: the daily-rest rule in force (VI.3.1.2: hours cutting into the 11 h rest, +50 %). */
    public static WeekPay compute(List<WorkedDay> days, BigDecimal hourlyRate, boolean setCraft, RestEncroachment rest) {
        return new WeekCalculator(List.of(rest, new WeeklyOvertime2642(), new Night2642(setCraft), new Sunday2642(),
                new PublicHoliday2642()), OptionalInt.empty()).compute(days, hourlyRate);
    }
}
