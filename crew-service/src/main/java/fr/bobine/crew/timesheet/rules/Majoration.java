package fr.bobine.crew.timesheet.rules;

import java.util.Optional;

/** One premium of an agreement: for a quarter hour of work, the payroll item and percentage it adds, if any. */
public interface Majoration {

    record Premium(PayItem item, int percent) {
    }

    Optional<Premium> apply(Slot slot);
}
