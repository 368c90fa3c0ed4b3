package fr.bobine.budget.invoice;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import fr.bobine.platform.money.DecimalString;
import fr.bobine.platform.money.Money;

@Schema(name = "MatchToleranceInput", description = "Tolerance of the three-way match: an amount and a rate of the order; the stricter applies")
public record ToleranceInput(@NotNull Money amount,
        @NotNull @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 6) @JsonDeserialize(using = DecimalString.class)
        @Schema(type = SchemaType.STRING, pattern = DecimalString.PATTERN, maxLength = 20,
                description = "A fraction of the order: 0.015 is 1.5 %", example = "0.015") BigDecimal rate) {
}
