package fr.bobine.crew.timesheet.rules;

import java.util.Optional;

// CCN IDCC 3097 Titre II art. 38: hours beyond the 10th hour of work in a shooting day carry an extra +100 %.
public final class LongDay3097 implements Majoration {

    @Override
    public Optional<Premium> apply(Slot slot) {
        return slot.dayHour() > 10 ? Optional.of(new Premium(PayItem.LONG_DAY, 100)) : Optional.empty();
    }
}
