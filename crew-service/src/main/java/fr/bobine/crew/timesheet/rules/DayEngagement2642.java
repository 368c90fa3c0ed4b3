package fr.bobine.crew.timesheet.rules;

import java.util.Optional;

// CCN IDCC 2642 art. VI.8.4: contracts under 5 days, beyond 8 h a day: 9th-11th hour +25 %, from the 12th +50 %.
public final class DayEngagement2642 implements Majoration {

    @Override
    public Optional<Premium> apply(Slot slot) {
        int hour = slot.dayHour();
        if (hour <= 8) {
            return Optional.empty();
        }
        return hour <= 11 ? Optional.of(new Premium(PayItem.OVERTIME_25, 25)) : Optional.of(new Premium(PayItem.OVERTIME_50, 50));
    }
}
