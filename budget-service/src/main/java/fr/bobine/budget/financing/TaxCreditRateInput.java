package fr.bobine.budget.financing;

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
import fr.bobine.platform.money.Money;

@Schema(name = "TaxCreditRateInput", description = "A tax-credit rate for a scheme from a date")
public record TaxCreditRateInput(
        @NotNull TaxCreditScheme scheme,
        @NotNull @DecimalMin("0") @DecimalMax("1") @JsonDeserialize(using = DecimalString.class)
        @Schema(type = SchemaType.STRING, pattern = DecimalString.PATTERN, example = "0.30") BigDecimal rate,
        @Schema(nullable = true) Money cap,
        @NotNull LocalDate validFrom,
        @Schema(nullable = true) LocalDate validTo,
        @Size(max = 500) @Schema(nullable = true) String source) {
}
