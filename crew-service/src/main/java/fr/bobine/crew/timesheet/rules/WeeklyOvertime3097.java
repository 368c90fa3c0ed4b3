package fr.bobine.crew.timesheet.rules;

import java.util.Optional;

// CCN production cinématographique (IDCC 3097) Titre II art. 37: 36th-43rd hour +25 %, 44th-48th +50 %, beyond 48th +75 %.
public final class WeeklyOvertime3097 implements Majoration {

    @Override
    public Optional<Premium> apply(Slot slot) {
        int percent = percentForHour(slot.weekHour());
        return switch (percent) {
            case 0 -> Optional.empty();
            case 25 -> Optional.of(new Premium(PayItem.OVERTIME_25, 25));
            case 50 -> Optional.of(new Premium(PayItem.OVERTIME_50, 50));
            default -> Optional.of(new Premium(PayItem.OVERTIME_75, 75));
        };
    }

    /** The premium of the week's hour of this rank (from 1): 0 up to the 35th, then 25, 50 and 75. */
    public static int percentForHour(int weekHour) {
        if (weekHour <= 35) {
            return 0;
        }
        if (weekHour <= 43) {
            return 25;
        }
        return weekHour <= 48 ? 50 : 75;
    }
}
