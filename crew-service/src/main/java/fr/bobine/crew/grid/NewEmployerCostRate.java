package fr.bobine.crew.grid;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewEmployerCostRate", description = "A rate in force from validFrom; it closes the previous rate of the same code")
public record NewEmployerCostRate(
        @NotBlank @Pattern(regexp = "[A-Z_]{2,40}", message = "must be capitals and underscores") @Schema(example = "CONGES_SPECTACLES") String code,
        @NotBlank @Size(max = 200) String label,
        @NotBlank @Pattern(regexp = "0(\\.[0-9]{1,6})?|1(\\.0{1,6})?", message = "must be a decimal string between 0 and 1")
        @Schema(example = "0.155000") String rate,
        @NotNull LocalDate validFrom,
        @NotBlank @Size(max = 300) String source) {
}
