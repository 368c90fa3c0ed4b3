package fr.bobine.rights.version;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.platform.money.Money;

@Schema(name = "RecomputeResult", description = "A waterfall version recomputed from scratch over all its receipts")
public record RecomputeResult(
        UUID waterfallId,
        long receiptsRun,
        Money receiptsTotal,
        @Schema(description = "True when the recomputed balances equal the ones built receipt by receipt") boolean sameAsIncremental) {
}
