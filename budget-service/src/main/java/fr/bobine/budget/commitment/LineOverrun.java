package fr.bobine.budget.commitment;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.platform.money.Money;

@Schema(name = "LineOverrun", description = "A budget line whose cost to date passed its locked budget with this order")
public record LineOverrun(UUID budgetLineId, String accountCode, Money budget, Money costToDate, Money overrun) {
}
