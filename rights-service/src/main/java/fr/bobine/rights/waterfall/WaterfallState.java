package fr.bobine.rights.waterfall;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What the waterfall remembers between receipts: what each position received, the entitlement accrued by the
 * positions that are owed a percentage or a per-ticket amount, the balance of the investments whose interest runs on
 * what is still owed, and the gross that entered so far.
 */
public final class WaterfallState {

    /** An investment's balance: principal not yet repaid, interest accrued and not yet paid, up to {@code asOf}. */
    public record Balance(BigDecimal principal, BigDecimal interest, LocalDate asOf) {

        public BigDecimal owed() {
            return principal.add(interest);
        }

        boolean same(Balance other) {
            return principal.compareTo(other.principal) == 0 && interest.compareTo(other.interest) == 0
                    && asOf.equals(other.asOf);
        }
    }

    public Map<String, BigDecimal> received = new TreeMap<>();
    public Map<String, BigDecimal> entitlement = new TreeMap<>();
    public Map<String, Balance> balances = new TreeMap<>();
    public BigDecimal receipts = BigDecimal.ZERO;
    public long runs;

    public BigDecimal received(String positionId) {
        return received.getOrDefault(positionId, BigDecimal.ZERO);
    }

    public BigDecimal entitlement(String positionId) {
        return entitlement.getOrDefault(positionId, BigDecimal.ZERO);
    }

    public WaterfallState copy() {
        WaterfallState copy = new WaterfallState();
        copy.received = new TreeMap<>(received);
        copy.entitlement = new TreeMap<>(entitlement);
        copy.balances = new TreeMap<>(balances);
        copy.receipts = receipts;
        copy.runs = runs;
        return copy;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WaterfallState s && runs == s.runs && receipts.compareTo(s.receipts) == 0
                && sameAmounts(received, s.received) && sameAmounts(entitlement, s.entitlement)
                && balances.keySet().equals(s.balances.keySet())
                && balances.entrySet().stream().allMatch(e -> e.getValue().same(s.balances.get(e.getKey())));
    }

    private static boolean sameAmounts(Map<String, BigDecimal> a, Map<String, BigDecimal> b) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        return a.entrySet().stream().allMatch(e -> e.getValue().compareTo(b.get(e.getKey())) == 0);
    }

    @Override
    public int hashCode() {
        return Objects.hash(runs, received.keySet(), entitlement.keySet(), balances.keySet());
    }

    @Override
    public String toString() {
        return "received=" + received + " entitlement=" + entitlement + " balances=" + balances + " receipts=" + receipts;
    }
}
