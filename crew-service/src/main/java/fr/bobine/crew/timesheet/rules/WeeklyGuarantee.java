package fr.bobine.crew.timesheet.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;

// CCN IDCC 3097 Titre II art. 25 (work organised on a guaranteed minimum of 39 h a week, 4 of them at +25 %) and art. 26 (47 h in a six-day week outside the Paris region); IDCC 2642 art. IV.2.1 and V.2.2 (a CDDU is paid by the week for its weekly reference duration).
public final class WeeklyGuarantee {

    /** The guarantee is a five-day week's: art. 26 organises work on 5 days, the grid minima pay a 5-day week. */
    public static final int WEEKDAYS = 5;
    public static final int SIX_DAYS = 6;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private WeeklyGuarantee() {
    }

    /**
     * The weekdays (Monday to Friday) of the pay week starting on {@code weekStart} that the contract covers: 5 when it
     * covers the whole week (or runs Monday to Friday of it), fewer when it starts or ends inside the week.
     */
    public static int contractWeekdays(LocalDate weekStart, LocalDate contractStart, LocalDate contractEnd) {
        int weekdays = 0;
        for (LocalDate d = weekStart; d.isBefore(weekStart.plusDays(7)); d = d.plusDays(1)) {
            boolean covered = !d.isBefore(contractStart) && (contractEnd == null || !d.isAfter(contractEnd));
            if (covered && d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                weekdays++;
            }
        }
        return weekdays;
    }

    /**
     * The hours guaranteed for one pay week. A week the contract covers in full is guaranteed {@code weeklyHours}, or
     * {@code sixDayWeekHours} when six days or more are worked outside the Paris region and the agreement sets them
     * (3097 art. 26). A week the contract covers only partly (it starts or ends inside it) is guaranteed the weekly hours
     * in proportion to the weekdays covered: 39 h × 3/5 = 23.4 h (the texts are silent; the duration is prorated, so
     * those hours stay under 35 h and carry no overtime premium).
     */
    public static BigDecimal hours(BigDecimal weeklyHours, BigDecimal sixDayWeekHours, int contractWeekdays, int workedDays,
            boolean parisRegion) {
        if (weeklyHours == null || contractWeekdays <= 0) {
            return BigDecimal.ZERO;
        }
        if (contractWeekdays >= WEEKDAYS) {
            return !parisRegion && sixDayWeekHours != null && workedDays >= SIX_DAYS ? sixDayWeekHours : weeklyHours;
        }
        return weeklyHours.multiply(BigDecimal.valueOf(contractWeekdays)).divide(BigDecimal.valueOf(WEEKDAYS));
    }

    /**
     * The week with a {@link PayItem#GUARANTEED_HOURS} line when fewer hours than guaranteed were worked: each unworked
     * guaranteed hour is paid at the base rate plus the overtime premium of its rank in the week (the 36th to 39th at
     * +25 % under both agreements), so that a short week costs what the guaranteed week costs. The premiums of the
     * hours actually worked (night, Sunday...) stay as computed: they belong to those hours. Rounded once, half-up.
     */
    public static WeekPay apply(WeekPay week, BigDecimal guaranteedHours, BigDecimal hourlyRate, IntUnaryOperator overtimePercent) {
        BigDecimal worked = week.hours();
        if (guaranteedHours.compareTo(worked) <= 0) {
            return week;
        }
        BigDecimal units = BigDecimal.ZERO;
        BigDecimal from = worked;
        while (from.compareTo(guaranteedHours) < 0) {
            int rank = from.setScale(0, RoundingMode.FLOOR).intValueExact() + 1;
            BigDecimal to = guaranteedHours.min(BigDecimal.valueOf(rank));
            units = units.add(to.subtract(from).multiply(HUNDRED.add(BigDecimal.valueOf(overtimePercent.applyAsInt(rank))))
                    .divide(HUNDRED));
            from = to;
        }
        List<PayLine> lines = new ArrayList<>(week.lines());
        lines.add(new PayLine(PayItem.GUARANTEED_HOURS, WeekCalculator.plain(guaranteedHours.subtract(worked)),
                hourlyRate.multiply(units).setScale(2, RoundingMode.HALF_UP)));
        return new WeekPay(List.copyOf(lines), worked);
    }
}
