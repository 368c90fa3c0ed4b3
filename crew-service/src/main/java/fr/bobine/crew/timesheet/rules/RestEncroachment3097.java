package fr.bobine.crew.timesheet.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;

// CCN IDCC 3097 Titre II art. 35 (with art. 27: 11 h rest between two days): hours cutting into the daily rest +100 %.
public final class RestEncroachment3097 implements Majoration {

    public static final Duration DAILY_REST = Duration.ofHours(11);

    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    /**
     * The hours of a day that cut into the rest after the previous day: 11 h less the time between the end of the
     * previous day and the start of this one, at most the day's effective hours; 0 when the rest was 11 h or more.
     */
    public static BigDecimal encroachingHours(LocalDateTime previousEnd, LocalDateTime start, BigDecimal dayHours) {
        long shortfall = DAILY_REST.minus(Duration.between(previousEnd, start)).toMinutes();
        if (shortfall <= 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal hours = BigDecimal.valueOf(shortfall).divide(SIXTY, 2, RoundingMode.UNNECESSARY);
        return WeekCalculator.plain(hours.min(dayHours));
    }

    @Override
    public Optional<Premium> apply(Slot slot) {
        return slot.restEncroaching() ? Optional.of(new Premium(PayItem.REST_ENCROACHMENT, 100)) : Optional.empty();
    }
}
