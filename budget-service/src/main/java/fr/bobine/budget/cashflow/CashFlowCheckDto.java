package fr.bobine.budget.cashflow;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.platform.money.Money;

@Schema(name = "CashFlowCheck", description = "The result of a shortfall check and whether it published budget.cash.shortfall.forecast")
public record CashFlowCheckDto(UUID productionId, Instant computedAt, Money threshold, CashShortfallDto shortfall,
        @Schema(description = "An event was published: the shortfall picture changed since the last one") boolean published,
        @Schema(description = "The published event says an earlier shortfall is resolved") boolean resolved,
        @Schema(nullable = true, description = "The id of the published event; null when nothing was published") UUID eventId) {
}
