package fr.bobine.budget.devis;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import fr.bobine.platform.money.DecimalString;

@Schema(name = "BudgetLineInput", description = "A budget line: quantity x rate in a currency, under a template account")
public record BudgetLineInput(
        @NotBlank @Size(max = 20) @Schema(example = "2201") String accountCode,
        @Size(max = 300) @Schema(nullable = true, description = "Custom label; defaults to the account's", example = "Réalisateur") String label,
        @NotNull @DecimalMin(value = "0", message = "must not be negative") @JsonDeserialize(using = DecimalString.class)
        @Schema(type = SchemaType.STRING, pattern = DecimalString.PATTERN, example = "8") BigDecimal quantity,
        @Size(max = 40) @Schema(nullable = true, example = "semaine") String unit,
        @NotNull @DecimalMin(value = "0", message = "must not be negative") @JsonDeserialize(using = DecimalString.class)
        @Schema(type = SchemaType.STRING, pattern = DecimalString.PATTERN, example = "2587.53") BigDecimal rate,
        @NotBlank @Schema(example = "EUR", description = "ISO 4217 code of the rate") String currency,
        @DecimalMin(value = "0", inclusive = false, message = "must be positive") @JsonDeserialize(using = DecimalString.class)
        @Schema(type = SchemaType.STRING, pattern = DecimalString.PATTERN, nullable = true, example = "1.17653",
                description = "Budget-currency units per unit of the line currency; required for a foreign currency") BigDecimal exchangeRate,
        @Schema(nullable = true, description = "Spent in France (CNC and tax credit); defaults to true") Boolean spentInFrance,
        @Schema(nullable = true, description = "Defaults to the account's category") FringeCategory fringeCategory,
        @Size(max = 2000) @Schema(nullable = true) String note) {
}
