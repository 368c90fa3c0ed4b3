package fr.bobine.budget.cashflow;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.platform.money.Money;

@Schema(name = "CashFlowSettings", description = "The opening balance, alert threshold, VAT rate and payment terms of the cash-flow plan")
public record CashFlowSettingsDto(Money openingBalance,
        @Schema(nullable = true, description = "The day of the opening balance; null: the first dated movement") LocalDate openingDate,
        @Schema(description = "A week whose closing balance is below it is a shortfall") Money threshold,
        @Schema(description = "VAT on open orders, a fraction with six decimals: 0.200000 is 20 %", example = "0.200000")
        String vatRate,
        @Schema(description = "Salaries are paid this many days after the Sunday ending the week worked", example = "5")
        int salaryDaysAfterWeek,
        @Schema(description = "Employer contributions are paid on this day of the month...", example = "15")
        int contributionsDay,
        @Schema(description = "...this many months after the month the salaries were paid in", example = "1")
        int contributionsMonthsLater,
        @Schema(description = "Rights statements are paid this many days after their issue", example = "30")
        int statementPaymentDays,
        @Schema(description = "True while the production has not set its own settings") boolean defaults,
        long version) {
}
