package fr.bobine.distribution.contract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.bobine.distribution.contract.ContractEnums.InstalmentStatus;

/**
 * What an amendment (avenant) that changes a minimum guarantee does to its instalments. What has fallen due or been
 * received is owed and stays as it is: the MG cannot go below it. The rest of the new MG is spread over the instalments
 * still scheduled, in proportion to their amounts (largest remainder at the cent), so they keep their triggers and the
 * deliverables they wait for; when none is left, the rest is a new instalment due on the day the amendment is signed.
 * A rest of zero cancels the scheduled instalments. (Contract law: a signed contract changes only by the parties'
 * agreement, Code civil art. 1193; the amendment is that agreement.)
 */
public final class MgReplan {

    /** An instalment as it stands. */
    public record Instalment(UUID id, InstalmentStatus status, BigDecimal amount) {
    }

    /** New amounts of the scheduled instalments, those cancelled, and a new instalment due at signing (zero: none). */
    public record Plan(Map<UUID, BigDecimal> rescheduled, List<UUID> cancelled, BigDecimal dueAtSigning, BigDecimal owed) {
    }

    /** The MG is below what is already owed: refused. */
    public static final class BelowOwed extends RuntimeException {
        public final BigDecimal owed;

        BelowOwed(BigDecimal owed) {
            super("the minimum guarantee cannot go below the " + owed.toPlainString() + " already fallen due or received");
            this.owed = owed;
        }
    }

    private MgReplan() {
    }

    public static Plan replan(BigDecimal newMg, List<Instalment> instalments) {
        BigDecimal owed = BigDecimal.ZERO;
        List<Instalment> scheduled = new ArrayList<>();
        for (Instalment i : instalments) {
            switch (i.status()) {
                case DUE, RECEIVED -> owed = owed.add(i.amount());
                case SCHEDULED -> scheduled.add(i);
                case CANCELLED -> {
                }
            }
        }
        if (newMg.compareTo(owed) < 0) {
            throw new BelowOwed(owed);
        }
        BigDecimal rest = newMg.subtract(owed).setScale(2);
        Map<UUID, BigDecimal> rescheduled = new LinkedHashMap<>();
        List<UUID> cancelled = new ArrayList<>();
        if (rest.signum() == 0) {
            scheduled.forEach(i -> cancelled.add(i.id()));
            return new Plan(rescheduled, cancelled, BigDecimal.ZERO.setScale(2), owed);
        }
        if (scheduled.isEmpty()) {
            return new Plan(rescheduled, cancelled, rest, owed);
        }
        List<BigDecimal> amounts = LargestRemainder.byWeights(rest, scheduled.stream().map(Instalment::amount).toList());
        for (int k = 0; k < scheduled.size(); k++) {
            rescheduled.put(scheduled.get(k).id(), amounts.get(k));
        }
        return new Plan(rescheduled, cancelled, BigDecimal.ZERO.setScale(2), owed);
    }
}
