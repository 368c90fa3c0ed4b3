package fr.bobine.rights.waterfall;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What an amendment (avenant) of a distribution contract's minimum guarantee does to the waterfall: the MG_RECOUPMENT
 * positions that name the contract recoup the amended MG.
 * <p>
 * Protocole d'accord du 16/12/2010 (arrêté du 7/2/2011), art. 3.2: "les préventes, à-valoir et minima garantis seront
 * intégralement reportés comme recettes nettes part producteur". The MG counts as RNPP when the producer receives it, so
 * the receipts that recoup it must not count again: the distributor recoups before RNPP exactly the MG that counted.
 * Raised, the MG's new instalment counts as RNPP when received and the distributor recoups the amended amount (left at
 * the signed amount, the receipts between the two would count twice). Reduced, it recoups the amended amount, but never
 * less than what the producer has already received of it: a sum received stays RNPP ("intégralement reportés"; an
 * amendment does not undo a receipt, a repayment to the distributor would be its own receipt), and the distributor
 * recoups every euro it advanced, or the receipts that repay that euro would count as RNPP a second time.
 * (distribution-service refuses an MG below what has fallen due or been received, MgReplan; this rule keeps the
 * waterfall right whatever the order of the events and for MGs entered by hand.)
 */
public final class MgAmendment {

    private MgAmendment() {
    }

    /** What the distributor recoups before RNPP: the amended MG, or what it has paid of the MG when that is more. */
    public static BigDecimal recoupable(BigDecimal amendedMg, BigDecimal received) {
        BigDecimal mg = amendedMg == null ? BigDecimal.ZERO : amendedMg;
        BigDecimal paid = received == null ? BigDecimal.ZERO : received;
        if (mg.signum() < 0 || paid.signum() < 0) {
            throw new IllegalArgumentException("a minimum guarantee and what was received of it are not negative");
        }
        return mg.max(paid).setScale(2);
    }

    /**
     * The definition with every MG_RECOUPMENT position of {@code contractId} recouping {@code amount}; empty when no
     * position names the contract or all of them already recoup that amount.
     */
    public static Optional<WaterfallDefinition> apply(WaterfallDefinition definition, UUID contractId, BigDecimal amount) {
        boolean changed = false;
        List<Position> positions = new ArrayList<>();
        for (Position p : definition.positions()) {
            if (p.kind() == PositionKind.MG_RECOUPMENT && contractId.equals(p.contractId())
                    && (p.amount() == null || p.amount().compareTo(amount) != 0)) {
                positions.add(p.withAmount(amount));
                changed = true;
            } else {
                positions.add(p);
            }
        }
        if (!changed) {
            return Optional.empty();
        }
        return Optional.of(new WaterfallDefinition(definition.currency(), definition.entry(), positions, definition.groups(),
                definition.advanceEntry(), definition.splitAtThresholds()));
    }
}
