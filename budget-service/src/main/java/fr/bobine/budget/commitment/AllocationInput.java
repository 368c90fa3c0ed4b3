package fr.bobine.budget.commitment;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.platform.money.Money;

@Schema(name = "OrderAllocationInput", description = "The part of an order charged to one line of the locked budget")
public record AllocationInput(@NotNull UUID budgetLineId, @NotNull Money amount) {
}
