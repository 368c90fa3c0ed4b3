package fr.bobine.crew.timesheet.rules;

import java.util.Optional;

// CCN production audiovisuelle (IDCC 2642) art. VI.8: on a CDDU the first 8 overtime hours +25 %, from the 9th overtime hour +50 %.
public final class WeeklyOvertime2642 implements Majoration {

    @Override
    public Optional<Premium> apply(Slot slot) {
        int percent = percentForHour(slot.weekHour());
        if (percent == 0) {
            return Optional.empty();
        }
        return percent == 25 ? Optional.of(new Premium(PayItem.OVERTIME_25, 25)) : Optional.of(new Premium(PayItem.OVERTIME_50, 50));
    }

    /** The premium of the week's hour of this rank (from 1): 0 up to the 35th, 25 for overtime hours 1-8, then 50. */
    public static int percentForHour(int weekHour) {
        int overtimeHour = weekHour - 35;
        if (overtimeHour <= 0) {
            return 0;
        }
        return overtimeHour <= 8 ? 25 : 50;
    }
}
