package fr.bobine.budget.invoice;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The three-way match of a supplier invoice: the purchase order, the receipt or sign-off of the service, and the
 * invoice, compared on their net amounts within a tolerance the users set.
 * Source: Microsoft Dynamics AX matching policy (three-way = order + receipt + invoice), shared/domain/budget.md §3.3.
 * <p>
 * The tolerance is an amount and a rate of the order (a fraction: 0.01 is 1 %); a difference passes when it is within
 * both (the stricter of the two), the rate giving cents rounded half-up. Only an invoice above the order or the receipt is a
 * mismatch: invoicing less (a partial invoice) is normal.
 */
public final class ThreeWayMatch {

    public record Tolerance(BigDecimal amount, BigDecimal rate) {
        public Tolerance {
            if (amount.signum() < 0 || rate.signum() < 0) {
                throw new IllegalArgumentException("a tolerance is not negative");
            }
        }

        BigDecimal on(BigDecimal base) {
            BigDecimal share = base.multiply(rate).setScale(2, RoundingMode.HALF_UP);
            return share.min(amount);
        }
    }

    /**
     * @param orderNet the order's net amount
     * @param received the net amount received or signed off so far; null when there is no receipt yet
     * @param invoicedBefore the net of the invoices already matched on the order
     */
    public record Input(BigDecimal orderNet, BigDecimal received, BigDecimal invoicedBefore, BigDecimal net, BigDecimal vat,
            BigDecimal gross) {
    }

    public record Result(boolean matched, List<String> reasons) {
    }

    private ThreeWayMatch() {
    }

    public static Result match(Input in, Tolerance tolerance) {
        List<String> reasons = new ArrayList<>();
        if (in.net().add(in.vat()).compareTo(in.gross()) != 0) {
            reasons.add("gross " + in.gross().toPlainString() + " is not net " + in.net().toPlainString() + " + VAT "
                    + in.vat().toPlainString());
        }
        BigDecimal invoiced = in.invoicedBefore().add(in.net());
        BigDecimal allowed = tolerance.on(in.orderNet());
        BigDecimal overOrder = invoiced.subtract(in.orderNet());
        if (overOrder.compareTo(allowed) > 0) {
            reasons.add("invoiced " + invoiced.toPlainString() + " exceeds the order " + in.orderNet().toPlainString()
                    + " by " + overOrder.toPlainString() + ", beyond the tolerance of " + allowed.toPlainString());
        }
        if (in.received() == null) {
            reasons.add("no receipt or sign-off recorded for the order");
        } else {
            BigDecimal overReceipt = invoiced.subtract(in.received());
            if (overReceipt.compareTo(allowed) > 0) {
                reasons.add("invoiced " + invoiced.toPlainString() + " exceeds what was received "
                        + in.received().toPlainString() + " by " + overReceipt.toPlainString()
                        + ", beyond the tolerance of " + allowed.toPlainString());
            }
        }
        return new Result(reasons.isEmpty(), List.copyOf(reasons));
    }
}
