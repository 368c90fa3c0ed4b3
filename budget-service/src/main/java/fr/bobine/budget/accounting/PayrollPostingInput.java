package fr.bobine.budget.accounting;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PayrollPostingInput", description = "The month whose labour costs are posted")
public record PayrollPostingInput(
        @NotNull @Pattern(regexp = "^[0-9]{4}-(0[1-9]|1[0-2])$", message = "must be a month YYYY-MM")
        @Schema(example = "2027-04") String month) {
}
