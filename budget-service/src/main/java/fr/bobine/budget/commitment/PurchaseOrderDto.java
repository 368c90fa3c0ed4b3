package fr.bobine.budget.commitment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.platform.money.Money;

@Schema(name = "PurchaseOrder", description = "A purchase order, its allocations and whether it pushed a line past its budget")
public record PurchaseOrderDto(UUID id, UUID productionId, UUID supplierId, UUID budgetVersionId, String number,
        String description, @Schema(nullable = true) String quoteRef, LocalDate orderDate, int paymentTermsDays,
        Money net, @Schema(nullable = true, description = "received or signed off so far; null before any receipt")
        Money received, boolean overrun, List<LineOverrun> overruns, List<AllocationDto> allocations, long version) {
}
