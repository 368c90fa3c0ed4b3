package fr.bobine.budget.devis;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Data of {@code budget.version.locked} (schema: events/budget.version.locked.v1.schema.json): the approved version
 * that cost control measures against. Amounts are decimal strings in {@code currency}.
 */
public record BudgetVersionLocked(UUID productionId, UUID budgetId, UUID versionId, int versionNumber, String templateCode,
        String currency, String subtotal, String total, String spentInFrance, String taxCreditEligibleSpend,
        List<Chapter> chapters, Instant lockedAt) {

    public record Chapter(String code, String labelFr, String labelEn, String total) {
    }
}
