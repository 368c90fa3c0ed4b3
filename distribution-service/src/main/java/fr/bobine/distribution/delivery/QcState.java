package fr.bobine.distribution.delivery;

import java.util.EnumSet;
import java.util.Set;

/**
 * The QC life of a deliverable, after Netflix Backlot's source requests (partnerhelp.netflixstudios.com, see
 * shared/domain/distribution.md §2.5): delivered material goes to QC, which accepts it, asks for a redelivery or
 * rejects it; a rejected deliverable is requested again by the recipient; accepted is final.
 */
public enum QcState {
    REQUESTED, DELIVERED, IN_QC, ACCEPTED, REDELIVERY_REQUESTED, REJECTED;

    public Set<QcState> next() {
        return switch (this) {
            case REQUESTED, REDELIVERY_REQUESTED -> EnumSet.of(DELIVERED);
            case DELIVERED -> EnumSet.of(IN_QC);
            case IN_QC -> EnumSet.of(ACCEPTED, REDELIVERY_REQUESTED, REJECTED);
            case REJECTED -> EnumSet.of(REQUESTED);
            case ACCEPTED -> EnumSet.noneOf(QcState.class);
        };
    }

    public boolean canMoveTo(QcState target) {
        return next().contains(target);
    }
}
