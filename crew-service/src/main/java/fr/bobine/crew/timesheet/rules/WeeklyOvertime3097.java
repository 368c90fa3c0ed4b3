package fr.bobine.crew.timesheet.rules;

import java.util.Optional;

// CCN production cinématographique (IDCC 3097) Titre II art. 37: 36th-43rd hour +25 %, 44th-48th +50 %, beyond 48th +75 %.
public final class WeeklyOvertime3097 implements Majoration {

    @Override
    public Optional<Premium> apply(Slot slot) {
        int hour = slot.weekHour();
        if (hour <= 35) {
            return Optional.empty();
        }
        if (hour <= 43) {
            return Optional.of(new Premium(PayItem.OVERTIME_25, 25));
        }
        if (hour <= 48) {
            return Optional.of(new Premium(PayItem.OVERTIME_50, 50));
        }
        return Optional.of(new Premium(PayItem.OVERTIME_75, 75));
    }
}
