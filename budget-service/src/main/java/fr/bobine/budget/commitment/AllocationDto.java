package fr.bobine.budget.commitment;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.platform.money.Money;

@Schema(name = "OrderAllocation", description = "The part of an order on one budget line and what is still open on it")
public record AllocationDto(UUID id, UUID budgetLineId, UUID lineage, String accountCode, Money amount, Money invoiced,
        Money open) {
}
