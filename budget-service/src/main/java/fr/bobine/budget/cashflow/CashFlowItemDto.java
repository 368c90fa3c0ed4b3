package fr.bobine.budget.cashflow;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.platform.money.Money;

@Schema(name = "CashFlowItem", description = "One movement behind a week's figures, with where it comes from")
public record CashFlowItemDto(
        @Schema(nullable = true, description = "The day of the movement; null when it has no date yet") LocalDate date,
        CashCategory category, CashCategory.Direction direction,
        @Schema(description = "FINANCING_INSTALMENT, FINANCING_SOURCE, MG_INSTALMENT, INVOICE, PAYMENT, PURCHASE_ORDER, "
                + "TIMESHEET, CREW_CONTRACT or RIGHTS_STATEMENT", example = "INVOICE") String sourceKind,
        @Schema(description = "The reference in that source: invoice or order number, payment reference, id",
                example = "TPX-27-0412") String reference,
        String label, Money amount,
        @Schema(description = "Expected before the opening date and not there yet: placed in the first week") boolean overdue,
        @Schema(description = "False for money from a financing source not confirmed yet, kept out of the balance")
        boolean confirmed) {

    static CashFlowItemDto of(CashFlowCalculator.Item i, boolean overdue) {
        return new CashFlowItemDto(i.date(), i.category(), i.category().direction, i.sourceKind(), i.reference(),
                i.label(), new Money(i.amount(), Money.EUR), overdue, i.confirmed());
    }
}
