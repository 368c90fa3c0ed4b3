package fr.bobine.crew.timesheet.rules;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

// CCN IDCC 3097 Titre II art. 39: the 6th worked day of the week in the Paris region +100 %, excluding the art. 37 majorations.
public final class SixthDay3097 implements Majoration {

    public static final int SIXTH = 6;

    private static final Set<PayItem> WEEKLY_DURATION = EnumSet.of(PayItem.OVERTIME_25, PayItem.OVERTIME_50, PayItem.OVERTIME_75);

    private final boolean parisRegion;

    public SixthDay3097(boolean parisRegion) {
        this.parisRegion = parisRegion;
    }

    @Override
    public Optional<Premium> apply(Slot slot) {
        return parisRegion && slot.workedDayOfWeek() == SIXTH ? Optional.of(new Premium(PayItem.SIXTH_DAY, 100))
                : Optional.empty();
    }

    @Override
    public Set<PayItem> excludes() {
        return WEEKLY_DURATION;
    }
}
