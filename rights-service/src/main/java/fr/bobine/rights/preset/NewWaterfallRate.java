package fr.bobine.rights.preset;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewWaterfallRate", description = "A new period of a rate: the open period of the same code ends the day before")
public record NewWaterfallRate(
        @NotBlank @Pattern(regexp = "[A-Z0-9_]{2,64}", message = "must be upper-case letters, digits and _") @Schema(example = "FR_TSA") String code,
        @NotBlank @Schema(example = "Taxe spéciale additionnelle") String label,
        @NotNull @DecimalMin("0") @DecimalMax("1")
        @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, example = "0.107200") BigDecimal rate,
        @NotNull LocalDate validFrom,
        @NotBlank @Schema(example = "Code du cinéma L115-1") String source) {
}
