package fr.bobine.rights.version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.platform.money.Money;
import fr.bobine.rights.waterfall.WaterfallDefinition;

@Schema(name = "WaterfallVersion", description = "A waterfall version with the balances of its positions after every receipt it ran")
public record WaterfallVersionDto(
        UUID id,
        UUID productionId,
        String name,
        @Schema(nullable = true) LocalDate releaseDate,
        WaterfallDefinition definition,
        @Schema(description = "Receipts run down this version") long receiptsRun,
        @Schema(description = "Gross that entered this version") Money receiptsTotal,
        List<PositionBalance> balances,
        long version,
        Instant createdAt,
        Instant updatedAt) {
}
