package fr.bobine.crew.timesheet.rules;

import java.util.Optional;

// CCN IDCC 3097 Titre II art. 34: engagement by the day (< 5 days): hours beyond the 7th +50 %, beyond the 10th +100 %.
public final class DayEngagement3097 implements Majoration {

    @Override
    public Optional<Premium> apply(Slot slot) {
        int hour = slot.dayHour();
        if (hour <= 7) {
            return Optional.empty();
        }
        return hour <= 10 ? Optional.of(new Premium(PayItem.OVERTIME_50, 50)) : Optional.of(new Premium(PayItem.OVERTIME_100, 100));
    }
}
