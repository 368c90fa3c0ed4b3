package fr.bobine.budget.financing;

import java.time.Instant;
import java.util.UUID;

/** Data of {@code budget.financing.confirmed} (schema: events/budget.financing.confirmed.v1.schema.json). */
public record FinancingConfirmed(UUID productionId, UUID sourceId, FinancingKind kind, String financier, String amount,
        String currency, boolean publicAid, Instant confirmedAt) {
}
