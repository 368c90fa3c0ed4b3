package fr.bobine.crew.timesheet.rules;

import java.math.BigDecimal;

// Unédic annexes VIII and X (règlement 2016, kept by the convention of 15 Nov 2024): 507 hours over 12 months, one cachet counts 12 hours.
public final class IntermittentHours {

    public static final BigDecimal THRESHOLD = BigDecimal.valueOf(507);
    public static final BigDecimal HOURS_PER_CACHET = BigDecimal.valueOf(12);

    private IntermittentHours() {
    }

    public static BigDecimal total(BigDecimal hours, long cachets) {
        return hours.add(HOURS_PER_CACHET.multiply(BigDecimal.valueOf(cachets)));
    }

    public static boolean reached(BigDecimal total) {
        return total.compareTo(THRESHOLD) >= 0;
    }
}
