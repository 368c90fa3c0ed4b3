package fr.bobine.budget.cashflow;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.platform.money.Money;

@Schema(name = "CashShortfall", description = "The weeks of the plan whose closing balance is below the threshold")
public record CashShortfallDto(
        @Schema(nullable = true, description = "The first week below the threshold; null when there is none") LocalDate firstShortfallWeek,
        Money lowestBalance, LocalDate lowestBalanceWeek, List<CashShortfallWeekDto> weeks) {

    @Schema(name = "CashShortfallWeek", description = "A week below the threshold and its closing balance")
    public record CashShortfallWeekDto(LocalDate weekStart, Money closingBalance) {
    }

    static CashShortfallDto of(CashFlowCalculator.Shortfall s) {
        return new CashShortfallDto(s.firstWeek(), s.lowestBalance() == null ? null : new Money(s.lowestBalance(), Money.EUR),
                s.lowestWeek(), s.weeks().stream()
                        .map(w -> new CashShortfallWeekDto(w.weekStart(), new Money(w.closing(), Money.EUR))).toList());
    }
}
