package fr.bobine.crew.timesheet.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Walks a week quarter hour by quarter hour and applies an agreement's premiums on the base hourly rate. With a cap
 * (cinema art. 36) the premiums of one quarter are granted in the order of the list until the cap is used up; the part
 * above the cap is not paid. A premium that applies removes the items it {@linkplain Majoration#excludes() excludes}
 * from that quarter before the cap is counted. Each line is rounded once, half-up at the cent.
 */
public final class WeekCalculator {

    private static final BigDecimal QUARTER = new BigDecimal("0.25");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final List<Majoration> majorations;
    private final OptionalInt capPercent;

    public WeekCalculator(List<Majoration> majorations, OptionalInt capPercent) {
        this.majorations = List.copyOf(majorations);
        this.capPercent = capPercent;
    }

    public WeekPay compute(List<WorkedDay> days, BigDecimal hourlyRate) {
        List<WorkedDay> ordered = days.stream().sorted((a, b) -> a.date().compareTo(b.date())).toList();
        Map<PayItem, Integer> quarters = new EnumMap<>(PayItem.class);
        Map<PayItem, BigDecimal> percentQuarters = new EnumMap<>(PayItem.class);
        int weekQuarter = 0;
        int weekNightQuarter = 0;
        int workedDay = 0;
        for (WorkedDay day : ordered) {
            int dayQuarters = day.quarters();
            if (dayQuarters > 0) {
                workedDay++;
            }
            int firstNight = dayQuarters - day.nightQuarters();
            for (int q = 0; q < dayQuarters; q++) {
                boolean night = q >= firstNight;
                Slot slot = new Slot(day.date(), weekQuarter, q, night, night ? weekNightQuarter : -1, workedDay,
                        q < day.restEncroachingQuarters());
                List<Optional<Majoration.Premium>> premiums = new ArrayList<>();
                Set<PayItem> excluded = EnumSet.noneOf(PayItem.class);
                for (Majoration majoration : majorations) {
                    var premium = majoration.apply(slot);
                    premiums.add(premium);
                    if (premium.isPresent()) {
                        excluded.addAll(majoration.excludes());
                    }
                }
                int remaining = capPercent.orElse(Integer.MAX_VALUE);
                for (var premium : premiums) {
                    if (premium.isEmpty() || excluded.contains(premium.get().item()) || remaining <= 0) {
                        continue;
                    }
                    int granted = Math.min(premium.get().percent(), remaining);
                    remaining -= granted;
                    quarters.merge(premium.get().item(), 1, Integer::sum);
                    percentQuarters.merge(premium.get().item(), BigDecimal.valueOf(granted), BigDecimal::add);
                }
                weekQuarter++;
                if (night) {
                    weekNightQuarter++;
                }
            }
        }
        BigDecimal hours = QUARTER.multiply(BigDecimal.valueOf(weekQuarter));
        List<PayLine> lines = new ArrayList<>();
        lines.add(new PayLine(PayItem.BASE_HOURS, plain(hours), money(hourlyRate.multiply(hours))));
        for (PayItem item : PayItem.values()) {
            if (quarters.containsKey(item)) {
                BigDecimal itemHours = QUARTER.multiply(BigDecimal.valueOf(quarters.get(item)));
                BigDecimal amount = hourlyRate.multiply(percentQuarters.get(item)).multiply(QUARTER).divide(HUNDRED);
                lines.add(new PayLine(item, plain(itemHours), money(amount)));
            }
        }
        return new WeekPay(List.copyOf(lines), plain(hours));
    }

    /** Without trailing zeros and never in exponent form: 50, 7.5, 0.25. */
    public static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
