package fr.bobine.budget.accounting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PayrollAccountInput", description = "The PCG account credited in the payroll entry")
public record PayrollAccountInput(
        @NotNull @Pattern(regexp = "^[0-9]{3}[0-9A-Za-z]{0,17}$", message = "must start with 3 digits of the PCG")
        @Schema(example = "421") String pcgAccount,
        @NotBlank @Size(max = 120) @Schema(example = "Personnel - rémunérations dues") String pcgLabel) {
}
