package fr.bobine.crew.timesheet.rules;

import java.time.DayOfWeek;
import java.util.Optional;

// CCN IDCC 3097 Titre II art. 41: work on a Sunday (exceptional authorisation) +100 %.
public final class Sunday3097 implements Majoration {

    @Override
    public Optional<Premium> apply(Slot slot) {
        return slot.date().getDayOfWeek() == DayOfWeek.SUNDAY ? Optional.of(new Premium(PayItem.SUNDAY, 100))
                : Optional.empty();
    }
}
