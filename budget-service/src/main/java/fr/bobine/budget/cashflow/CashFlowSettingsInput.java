package fr.bobine.budget.cashflow;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import fr.bobine.platform.money.DecimalString;
import fr.bobine.platform.money.Money;

@Schema(name = "CashFlowSettingsInput", description = "The cash-flow settings of a production; every field is replaced")
public record CashFlowSettingsInput(@NotNull Money openingBalance, LocalDate openingDate, @NotNull Money threshold,
        @NotNull @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 6) @JsonDeserialize(using = DecimalString.class)
        @Schema(type = SchemaType.STRING, pattern = DecimalString.PATTERN, maxLength = 20,
                description = "VAT on open orders, a fraction: 0.2 is 20 %", example = "0.2") BigDecimal vatRate,
        @NotNull @Min(0) @Max(60) Integer salaryDaysAfterWeek,
        @NotNull @Min(1) @Max(28) Integer contributionsDay,
        @NotNull @Min(0) @Max(3) Integer contributionsMonthsLater,
        @NotNull @Min(0) @Max(365) Integer statementPaymentDays) {
}
