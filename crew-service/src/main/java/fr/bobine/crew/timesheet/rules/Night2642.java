package fr.bobine.crew.timesheet.rules;

import java.util.Optional;

// CCN IDCC 2642 art. VI.10: night hours +25 % (décor, electric and grip crafts +50 %), cumulating with overtime.
public final class Night2642 implements Majoration {

    private final boolean setCraft;

    public Night2642(boolean setCraft) {
        this.setCraft = setCraft;
    }

    @Override
    public Optional<Premium> apply(Slot slot) {
        if (!slot.night()) {
            return Optional.empty();
        }
        return setCraft ? Optional.of(new Premium(PayItem.NIGHT_50, 50)) : Optional.of(new Premium(PayItem.NIGHT_25, 25));
    }
}
