package fr.bobine.budget.production;

import java.util.UUID;

/**
 * One writer at a time for one kind of work on one production, across every replica of the service: a PostgreSQL
 * advisory lock held until the current transaction ends. Used where a unique constraint alone would turn a race into
 * a failed commit instead of a clear answer: journal numbering, the cash-flow shortfall check, weekly snapshots.
 */
public final class ProductionLocks {

    private ProductionLocks() {
    }

    /** Waits for and takes the lock of {@code purpose} on the production; call inside a transaction. */
    public static void lock(String purpose, UUID productionId) {
        Production.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtext(cast(?1 as text)))")
                .setParameter(1, purpose + ":" + productionId).getSingleResult();
    }
}
