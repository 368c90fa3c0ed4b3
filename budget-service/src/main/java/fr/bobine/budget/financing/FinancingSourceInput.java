package fr.bobine.budget.financing;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.platform.money.Money;

@Schema(name = "FinancingSourceInput", description = "A source of the financing plan")
public record FinancingSourceInput(
        @NotNull FinancingKind kind,
        @NotBlank @Size(max = 300) @Schema(example = "Région Bretagne") String financier,
        @NotNull Money amount,
        @Schema(nullable = true, description = "Defaults to PLANNED; use the confirmation operation to confirm") FinancingStatus status,
        @Schema(nullable = true, description = "Counts as public aid; defaults by kind") Boolean publicAid,
        @Schema(nullable = true) LocalDate expectedDate,
        @Schema(nullable = true) LocalDate actualDate,
        @Size(max = 2000) @Schema(nullable = true) String note,
        @Size(max = 60) @Schema(nullable = true, description = "Must add up to the amount when given") List<@Valid @NotNull InstalmentInput> instalments) {
}
