package fr.bobine.budget.supplier;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SupplierList", description = "Suppliers by name")
public record SupplierList(List<SupplierDto> items) {
}
