package fr.bobine.budget.cashflow;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.platform.money.Money;

@Schema(name = "CashFlowWeek", description = "One ISO week of the cash-flow plan, VAT included")
public record CashFlowWeekDto(
        @Schema(description = "The Monday the week starts on") LocalDate weekStart,
        @Schema(example = "2027-W14") String isoWeek,
        Money openingBalance, List<CashFlowCategoryAmountDto> moneyIn, List<CashFlowCategoryAmountDto> moneyOut,
        Money totalIn, Money totalOut, Money net,
        @Schema(description = "The running balance at the end of the week") Money closingBalance,
        @Schema(description = "The closing balance is below the threshold") boolean shortfall,
        @Schema(description = "Money in from sources not confirmed yet (PLANNED, REQUESTED), not in the balance")
        Money notYetConfirmedIn,
        List<CashFlowItemDto> items) {
}
