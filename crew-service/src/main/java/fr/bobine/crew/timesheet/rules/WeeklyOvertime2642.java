package fr.bobine.crew.timesheet.rules;

import java.util.Optional;

// CCN production audiovisuelle (IDCC 2642) art. VI.8: on a CDDU the first 8 overtime hours +25 %, from the 9th overtime hour +50 %.
public final class WeeklyOvertime2642 implements Majoration {

    @Override
    public Optional<Premium> apply(Slot slot) {
        int overtimeHour = slot.weekHour() - 35;
        if (overtimeHour <= 0) {
            return Optional.empty();
        }
        return overtimeHour <= 8 ? Optional.of(new Premium(PayItem.OVERTIME_25, 25))
                : Optional.of(new Premium(PayItem.OVERTIME_50, 50));
    }
}
