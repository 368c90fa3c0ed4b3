package fr.bobine.budget.commitment;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PurchaseOrderList", description = "A production's purchase orders, oldest first")
public record PurchaseOrderList(List<PurchaseOrderDto> items) {
}
