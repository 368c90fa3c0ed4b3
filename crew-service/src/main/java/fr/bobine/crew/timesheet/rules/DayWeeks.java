package fr.bobine.crew.timesheet.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.OptionalInt;

// CCN IDCC 3097 Titre II art. 34 (day rate for 7 h, rest art. 35, cap art. 36) and IDCC 2642 art. VI.8.4 (day rate for 8 h), VI.3.1.2 (rest): days of a day engagement.
public final class DayWeeks {

    private DayWeeks() {
    }

    public static BigDecimal hourlyRate3097(BigDecimal dailyRate) {
        return dailyRate.divide(BigDecimal.valueOf(7), 6, RoundingMode.HALF_UP);
    }

    public static BigDecimal hourlyRate2642(BigDecimal dailyRate) {
        return dailyRate.divide(BigDecimal.valueOf(8), 6, RoundingMode.HALF_UP);
    }

    public static WeekPay compute3097(List<WorkedDay> days, BigDecimal hourlyRate) {
        return compute3097(days, hourlyRate, RestEncroachment.NONE);
    }

    public static WeekPay compute3097(List<WorkedDay> days, BigDecimal hourlyRate, RestEncroachment rest) {
        return new WeekCalculator(List.of(new DayEngagement3097(), rest, new LongDay3097(), new Night3097(),
                new Sunday3097(), new PublicHoliday3097()), MajorationCap3097.cap()).compute(days, hourlyRate);
    }

    public static WeekPay compute2642(List<WorkedDay> days, BigDecimal hourlyRate, boolean setCraft) {
        return compute2642(days, hourlyRate, setCraft, RestEncroachment.NONE);
    }

    /** 2642 VI.3.1.2: the encroaching hours' premium; the agreement sets no overall cap. */
    public static WeekPay compute2642(List<WorkedDay> days, BigDecimal hourlyRate, boolean setCraft, RestEncroachment rest) {
        return new WeekCalculator(List.of(new DayEngagement2642(), rest, new Night2642(setCraft), new Sunday2642(),
                new PublicHoliday2642()), OptionalInt.empty()).compute(days, hourlyRate);
    }
}
