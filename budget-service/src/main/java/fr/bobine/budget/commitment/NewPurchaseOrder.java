package fr.bobine.budget.commitment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewPurchaseOrder", description = "A purchase order from a supplier's quote, allocated to budget lines")
public record NewPurchaseOrder(
        @NotNull UUID supplierId,
        @NotBlank @Size(max = 40) @Schema(example = "BC-2027-014") String number,
        @NotBlank @Size(max = 500) String description,
        @Size(max = 80) @Schema(nullable = true, description = "the supplier's quote (devis) reference") String quoteRef,
        @NotNull LocalDate orderDate,
        @NotNull @Min(0) @Max(365) @Schema(description = "days from the invoice date to its due date") Integer paymentTermsDays,
        @NotEmpty @Size(max = 50) List<@Valid @NotNull AllocationInput> allocations) {
}
