package fr.bobine.crew.timesheet.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;

// CCN IDCC 3097 Titre II art. 35 (hours inside the daily rest +100 %, within the art. 36 cap) and IDCC 2642 art. VI.3.1.2 (+50 %).
/**
 * The hours of a day that cut into the daily rest after the previous day, and their premium. The rest and the premium are
 * the agreement's dated daily-rest rule (reference data, table {@code daily_rest_rule}), not constants: 660 minutes and
 * 1.00 for cinema technicians, 660 minutes and 0.50 in audiovisual. A rule without a premium pays nothing here (the
 * agreement compensates otherwise, or the premium is not established for that staff).
 */
public final class RestEncroachment implements Majoration {

    /** No rule in force: no hour encroaches, nothing is paid. */
    public static final RestEncroachment NONE = new RestEncroachment(0, null);

    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);
    private static final long QUARTER_MINUTES = 15;

    private final int restMinutes;
    private final BigDecimal premiumRate;
    private final int percent;

    /**
     * @param restMinutes the daily rest the agreement asks between the end of a day and the next start
     * @param premiumRate the premium as a fraction of the base hourly rate (1.00 = +100 %), at most 2 decimals; null: none
     */
    public RestEncroachment(int restMinutes, BigDecimal premiumRate) {
        if (restMinutes < 0) {
            throw new IllegalArgumentException("the rest must not be negative");
        }
        if (premiumRate != null && (premiumRate.signum() < 0 || premiumRate.stripTrailingZeros().scale() > 2)) {
            throw new IllegalArgumentException("the premium is a fraction of at most 2 decimals, not negative");
        }
        this.restMinutes = restMinutes;
        this.premiumRate = premiumRate;
        this.percent = premiumRate == null ? 0 : premiumRate.movePointRight(2).intValueExact();
    }

    public int restMinutes() {
        return restMinutes;
    }

    public Optional<BigDecimal> premiumRate() {
        return Optional.ofNullable(premiumRate);
    }

    /**
     * The hours of a day that cut into the rest after the previous day: the rest less the time between the end of the
     * previous day and the start of this one, counted in started quarter hours, at most the day's effective hours; 0 when
     * the rest was long enough or the rule pays no premium.
     */
    public BigDecimal encroachingHours(LocalDateTime previousEnd, LocalDateTime start, BigDecimal dayHours) {
        if (premiumRate == null || previousEnd == null) {
            return BigDecimal.ZERO;
        }
        long shortfall = restMinutes - Duration.between(previousEnd, start).toMinutes();
        if (shortfall <= 0) {
            return BigDecimal.ZERO;
        }
        long quarters = (shortfall + QUARTER_MINUTES - 1) / QUARTER_MINUTES;
        BigDecimal hours = BigDecimal.valueOf(quarters * QUARTER_MINUTES).divide(SIXTY, 2, RoundingMode.UNNECESSARY);
        return WeekCalculator.plain(hours.min(dayHours));
    }

    @Override
    public Optional<Premium> apply(Slot slot) {
        return slot.restEncroaching() && premiumRate != null && percent > 0
                ? Optional.of(new Premium(PayItem.REST_ENCROACHMENT, percent)) : Optional.empty();
    }
}
