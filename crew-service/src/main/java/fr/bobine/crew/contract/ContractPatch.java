package fr.bobine.crew.contract;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ContractPatch", description = "Changes to a draft contract; absent fields keep their value")
public record ContractPatch(
        @Schema(nullable = true) LocalDate endDate,
        @Size(max = 40) @Schema(nullable = true) String budgetLineCode,
        @Valid @Schema(nullable = true) List<@NotNull @Valid Allowance> allowances) {
}
