package fr.bobine.budget.distribution;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DistributionCostMappingInput", description = "The devis account of the template to book the category on")
public record DistributionCostMappingInput(
        @NotNull @Pattern(regexp = "^[0-9A-Za-z.]{1,12}$", message = "must be a budget account code")
        @Schema(example = "92") String budgetAccountCode) {
}
