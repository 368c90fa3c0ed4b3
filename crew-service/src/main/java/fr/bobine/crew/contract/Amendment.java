package fr.bobine.crew.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

// C. civ. art. 1193 (a contract changes only by mutual consent: the amendment, avenant, both parties sign); C. trav. L1243-11 (work going on after the term turns a CDD into a CDI, so an extension is signed before the term).
public final class Amendment {

    private Amendment() {
    }

    /** What an amendment changes from {@code effectiveFrom}; a null field keeps its value. */
    public record Change(LocalDate effectiveFrom, LocalDate signedOn, BigDecimal rate, LocalDate endDate,
            List<Allowance> allowances) {
    }

    /** Why an amendment is refused: malformed (400, on a field) or against a rule (422, its problem type). */
    public record Refusal(boolean malformed, String type, String field, String detail) {
    }

    /**
     * The first reason to refuse {@code change} of a signed contract running from {@code start} to {@code currentEnd},
     * whose hours are recorded up to {@code lastRecordedDay} (null when none), on {@code today}. An amendment cannot
     * reach back over recorded hours (they are corrected by a payroll adjustment) and an extension must be signed
     * before the current term.
     */
    public static Optional<Refusal> refusal(LocalDate start, LocalDate currentEnd, BigDecimal currentRate,
            List<Allowance> currentAllowances, LocalDate lastRecordedDay, Change change, LocalDate today) {
        boolean rateChanges = change.rate() != null && change.rate().compareTo(currentRate) != 0;
        boolean endChanges = change.endDate() != null && !change.endDate().equals(currentEnd);
        boolean allowancesChange = change.allowances() != null && !same(change.allowances(), currentAllowances);
        if (!rateChanges && !endChanges && !allowancesChange) {
            return malformed("rate", "an amendment changes the rate, the end date or the allowances; this one changes nothing");
        }
        if (change.rate() != null && change.rate().signum() <= 0) {
            return malformed("rate", "must be a positive amount");
        }
        if (change.signedOn().isAfter(today)) {
            return malformed("signedOn", "an amendment is recorded once signed; " + change.signedOn() + " is in the future");
        }
        LocalDate end = change.endDate() != null ? change.endDate() : currentEnd;
        if (end.isBefore(start)) {
            return malformed("endDate", "must not be before the contract's start " + start);
        }
        if (change.effectiveFrom().isBefore(start) || change.effectiveFrom().isAfter(end)) {
            return rule("effective-date-outside-contract", "effectiveFrom", "the amendment takes effect on "
                    + change.effectiveFrom() + ", outside the contract (" + start + " to " + end + ")");
        }
        if (lastRecordedDay != null && !change.effectiveFrom().isAfter(lastRecordedDay)) {
            return rule("amendment-covers-recorded-hours", "effectiveFrom", "hours are recorded up to " + lastRecordedDay
                    + ": an amendment takes effect after them; correct recorded weeks with a payroll adjustment");
        }
        if (end.isAfter(currentEnd) && change.signedOn().isAfter(currentEnd)) {
            return rule("extension-after-term", "signedOn", "an extension signed on " + change.signedOn() + ", after the term "
                    + currentEnd + ", comes too late: work after the term makes the CDD a CDI (C. trav. L1243-11)");
        }
        return Optional.empty();
    }

    /** The same allowances in the same order, amounts compared as numbers (18.19 = 18.190). */
    static boolean same(List<Allowance> a, List<Allowance> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            Allowance x = a.get(i);
            Allowance y = b.get(i);
            if (x.kind() != y.kind() || x.basis() != y.basis() || !x.amount().currency().equals(y.amount().currency())
                    || x.amount().amount().compareTo(y.amount().amount()) != 0) {
                return false;
            }
        }
        return true;
    }

    private static Optional<Refusal> malformed(String field, String detail) {
        return Optional.of(new Refusal(true, null, field, detail));
    }

    private static Optional<Refusal> rule(String type, String field, String detail) {
        return Optional.of(new Refusal(false, type, field, detail));
    }
}
