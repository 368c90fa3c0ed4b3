package fr.bobine.budget.labour;

import java.util.UUID;

import fr.bobine.budget.costreport.CostEntry;

/**
 * The registry of computed-charges rows that employer charges were booked on: their lineage is derived (see
 * {@code LockedLines.chargesLineage}), not a devis line's, so the journal reads the account from here.
 */
final class ChargesLine {

    private ChargesLine() {
    }

    static void register(UUID lineage, UUID budgetId, String accountCode) {
        CostEntry.getEntityManager().createNativeQuery("""
                insert into charges_line (lineage, budget_id, account_code) values (?1, ?2, ?3)
                on conflict (lineage) do nothing""").setParameter(1, lineage).setParameter(2, budgetId)
                .setParameter(3, accountCode).executeUpdate();
    }
}
