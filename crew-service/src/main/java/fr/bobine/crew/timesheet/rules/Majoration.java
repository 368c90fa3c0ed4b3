package fr.bobine.crew.timesheet.rules;

import java.util.Optional;
import java.util.Set;

/** One premium of an agreement: for a quarter hour of work, the payroll item and percentage it adds, if any. */
public interface Majoration {

    record Premium(PayItem item, int percent) {
    }

    Optional<Premium> apply(Slot slot);

    /** Items this premium replaces when it applies to a quarter (they are then not paid for that quarter). */
    default Set<PayItem> excludes() {
        return Set.of();
    }
}
