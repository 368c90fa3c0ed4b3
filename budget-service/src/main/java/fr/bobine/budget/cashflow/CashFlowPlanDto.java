package fr.bobine.budget.cashflow;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.platform.money.Money;

@Schema(name = "CashFlowPlan", description = "The plan de trésorerie of a production, week by week, VAT included")
public record CashFlowPlanDto(UUID productionId, String currency,
        @Schema(description = "The day of the opening balance (the settings', else the first dated movement)")
        LocalDate openingDate, Money openingBalance, Money threshold,
        @Schema(description = "The Monday of the first week shown") LocalDate from,
        @Schema(description = "The Monday of the last week shown") LocalDate to,
        List<CashFlowWeekDto> weeks,
        @Schema(description = "Movements with no date yet (an MG not due yet, a source with no expected date)")
        List<CashFlowItemDto> undated,
        CashShortfallDto shortfall) {
}
