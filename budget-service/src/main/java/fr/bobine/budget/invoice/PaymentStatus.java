package fr.bobine.budget.invoice;

import java.math.BigDecimal;

/**
 * How much of an invoice's gross the payments recorded against it cover: nothing yet, part of it, or all of it (the
 * payments import and the manual payment refuse more than what remains due).
 */
public enum PaymentStatus {
    UNPAID, PARTIALLY_PAID, PAID;

    public static PaymentStatus of(BigDecimal gross, BigDecimal paid) {
        if (paid.signum() == 0) {
            return UNPAID;
        }
        return paid.compareTo(gross) >= 0 ? PAID : PARTIALLY_PAID;
    }

    /**
     * The rule of {@link #of} as a query condition on a paid and a gross expression, so that a list filtered by payment
     * status is counted and paged in the database: keep the two in step.
     */
    String condition(String paid, String gross) {
        return "(" + switch (this) {
            case UNPAID -> paid + " = 0";
            case PARTIALLY_PAID -> paid + " <> 0 and " + paid + " < " + gross;
            case PAID -> paid + " <> 0 and " + paid + " >= " + gross;
        } + ")";
    }
}
