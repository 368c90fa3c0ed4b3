package fr.bobine.crew.timesheet.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

// CCN IDCC 3097 Titre II art. 16 and 34 (a day engagement is indivisible and paid at least 7 h); IDCC 2642 art. IV.2.1 (a CDDU of 4 days or less is paid by the day) and VI.8.4 (the day's overrun starts after the 8th hour).
public final class DayGuarantee {

    private DayGuarantee() {
    }

    /**
     * The days with a {@link PayItem#GUARANTEED_HOURS} line for the hours missing to {@code dailyHours} on each worked
     * day, at the base rate: they are the first hours of the day, which carry no overtime premium. A day not worked is
     * not in the timesheet and is not paid here (the engagement of that day is the contract's business).
     */
    public static WeekPay apply(WeekPay week, List<WorkedDay> days, BigDecimal dailyHours, BigDecimal hourlyRate) {
        if (dailyHours == null) {
            return week;
        }
        BigDecimal missing = BigDecimal.ZERO;
        for (WorkedDay day : days) {
            if (day.hours().signum() > 0 && day.hours().compareTo(dailyHours) < 0) {
                missing = missing.add(dailyHours.subtract(day.hours()));
            }
        }
        if (missing.signum() == 0) {
            return week;
        }
        List<PayLine> lines = new ArrayList<>(week.lines());
        lines.add(new PayLine(PayItem.GUARANTEED_HOURS, WeekCalculator.plain(missing),
                hourlyRate.multiply(missing).setScale(2, RoundingMode.HALF_UP)));
        return new WeekPay(List.copyOf(lines), week.hours());
    }
}
