package fr.bobine.budget.payment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Decides, for the payment lines of a file (or one payment typed by hand), which are booked, which were already booked
 * and which refuse the whole file, and why. A line pays the invoice its supplier SIRET and invoice number name:
 * <ul>
 * <li>unknown invoice, an invoice of another production, a currency other than the invoice's, an amount not above zero:
 * refused;</li>
 * <li>an invoice still MISMATCHED is refused: it has not passed the three-way match, so it has no purchase entry and
 * no actual cost, and paying it would put money out for a service nobody signed off (the file goes back to the
 * accountant, who records the receipt and matches the invoice again, then imports again);</li>
 * <li>more than what remains due on the invoice (gross less what earlier payments and earlier lines of the same file
 * paid) is refused;</li>
 * <li>a line whose reference (or digest) is already booked is counted as already booked, provided it says the same
 * thing (invoice, date, amount); a reference booked with other figures is refused, and so is a reference repeated in
 * the same file.</li>
 * </ul>
 * Source: the three-way match practice of shared/domain/budget.md §3.3 (no payment before the match).
 */
public final class PaymentMatching {

    /** What a line needs to know about the invoice it names. */
    public record InvoiceDue(UUID invoiceId, UUID productionId, String number, String currency, boolean matched,
            BigDecimal gross, BigDecimal paid) {
    }

    /** A payment already booked, under its external reference. */
    public record Booked(UUID invoiceId, LocalDate paidOn, BigDecimal amount) {
    }

    /** A line to decide on; {@code invoice} is null when no invoice of that supplier has that number. */
    public record Candidate(int line, String externalRef, String supplierSiret, String invoiceNumber, LocalDate paidOn,
            BigDecimal amount, String currency, InvoiceDue invoice) {
    }

    public enum Outcome {
        BOOK, ALREADY_BOOKED
    }

    public record Decision(Candidate candidate, Outcome outcome, boolean settlesInvoice) {
    }

    public record Result(List<Decision> decisions, List<PaymentCsv.LineError> errors) {
        public long count(Outcome outcome) {
            return decisions.stream().filter(d -> d.outcome() == outcome).count();
        }
    }

    private PaymentMatching() {
    }

    public static Result decide(UUID productionId, List<Candidate> candidates, Map<String, Booked> alreadyBooked) {
        List<Decision> decisions = new ArrayList<>();
        List<PaymentCsv.LineError> errors = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        Map<UUID, BigDecimal> paidSoFar = new HashMap<>();
        for (Candidate c : candidates) {
            List<String> reasons = new ArrayList<>();
            Integer earlier = seen.putIfAbsent(c.externalRef(), c.line());
            if (earlier != null) {
                reasons.add("same payment as line " + earlier + " (reference " + c.externalRef() + ")"
                        + (c.externalRef().startsWith("sha256:") ? ": give each bank line its own reference" : ""));
            }
            InvoiceDue inv = c.invoice();
            String named = "invoice " + c.invoiceNumber() + " of supplier " + c.supplierSiret();
            if (inv == null) {
                reasons.add("unknown " + named);
            } else if (!inv.productionId().equals(productionId)) {
                reasons.add(named + " belongs to another production");
            }
            Booked booked = alreadyBooked.get(c.externalRef());
            if (reasons.isEmpty() && booked != null) {
                if (booked.invoiceId().equals(inv.invoiceId()) && booked.paidOn().equals(c.paidOn())
                        && booked.amount().compareTo(c.amount()) == 0) {
                    decisions.add(new Decision(c, Outcome.ALREADY_BOOKED, false));
                } else {
                    errors.add(new PaymentCsv.LineError(c.line(), "reference " + c.externalRef()
                            + " is already booked with other figures (" + booked.paidOn() + ", "
                            + booked.amount().toPlainString() + ")"));
                }
                continue;
            }
            if (inv != null && reasons.isEmpty()) {
                if (!inv.currency().equals(c.currency())) {
                    reasons.add("wrong currency " + c.currency() + ": " + named + " is in " + inv.currency());
                }
                if (c.amount().signum() <= 0) {
                    reasons.add("amount " + c.amount().toPlainString() + " is not above zero");
                }
                if (!inv.matched()) {
                    reasons.add(named + " is not matched to its order and receipt: match it before paying it");
                }
                BigDecimal paid = paidSoFar.getOrDefault(inv.invoiceId(), inv.paid());
                BigDecimal remaining = inv.gross().subtract(paid);
                if (c.amount().signum() > 0 && c.amount().compareTo(remaining) > 0) {
                    reasons.add("amount " + c.amount().toPlainString() + " is more than the " + remaining.toPlainString()
                            + " still due on " + named);
                }
                if (reasons.isEmpty()) {
                    BigDecimal after = paid.add(c.amount());
                    paidSoFar.put(inv.invoiceId(), after);
                    decisions.add(new Decision(c, Outcome.BOOK, after.compareTo(inv.gross()) == 0));
                    continue;
                }
            }
            for (String reason : reasons) {
                errors.add(new PaymentCsv.LineError(c.line(), reason));
            }
        }
        return new Result(decisions, errors);
    }
}
