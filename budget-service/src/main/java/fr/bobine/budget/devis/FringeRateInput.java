package fr.bobine.budget.devis;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import fr.bobine.platform.money.DecimalString;

@Schema(name = "FringeRateInput", description = "A social-charge rate for a category from a date")
public record FringeRateInput(
        @NotNull FringeCategory category,
        @NotNull @DecimalMin("0") @DecimalMax("9.999999") @JsonDeserialize(using = DecimalString.class)
        @Schema(type = SchemaType.STRING, pattern = DecimalString.PATTERN, example = "0.52") BigDecimal rate,
        @NotNull LocalDate validFrom,
        @Schema(nullable = true) LocalDate validTo,
        @Size(max = 300) @Schema(nullable = true) String note) {
}
