package fr.bobine.crew.timesheet.rules;

import java.util.Optional;

// CCN IDCC 3097 Titre II art. 40: the first 8 night hours (counted over the civil week) +50 %, the following ones +100 %.
public final class Night3097 implements Majoration {

    @Override
    public Optional<Premium> apply(Slot slot) {
        if (!slot.night()) {
            return Optional.empty();
        }
        return slot.weekNightHour() <= 8 ? Optional.of(new Premium(PayItem.NIGHT_50, 50))
                : Optional.of(new Premium(PayItem.NIGHT_100, 100));
    }
}
