package fr.bobine.budget.supplier;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Supplier", description = "A supplier; the IBAN is in full for the accountant only, masked for other roles")
public record SupplierDto(UUID id, String name, String siret, @Schema(nullable = true) String vatNumber,
        @Schema(nullable = true, description = "full for accountants, otherwise the country, check digits and last four")
        String iban, long version) {
}
