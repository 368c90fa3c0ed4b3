package fr.bobine.crew.timesheet.rules;

import java.time.DayOfWeek;
import java.util.Optional;

// CCN IDCC 2642 art. VI.9: Sunday work +50 %, cumulating with overtime.
public final class Sunday2642 implements Majoration {

    @Override
    public Optional<Premium> apply(Slot slot) {
        return slot.date().getDayOfWeek() == DayOfWeek.SUNDAY ? Optional.of(new Premium(PayItem.SUNDAY, 50))
                : Optional.empty();
    }
}
