package fr.bobine.rights.statement;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.platform.money.Money;
import fr.bobine.rights.waterfall.Media;
import fr.bobine.rights.waterfall.ReceiptKind;

@Schema(name = "StatementLine", description = "One mode of exploitation in a statement (CPI L132-28: by mode), its MG and pre-sales apart")
public record StatementLine(
        Media media,
        @Schema(description = "EXPLOITATION for receipts of the mode, MINIMUM_GUARANTEE or PRE_SALE for money received ahead of them")
        ReceiptKind receiptKind,
        @Schema(description = "Gross receipts of the period") Money receipts,
        @Schema(description = "What positions before the participant's took") Money deductions,
        @Schema(description = "What reached the participant's first position") Money base,
        @Schema(description = "What the participant's positions took") Money share) {

    public StatementLine {
        // statements issued before MG and pre-sales were stated apart hold exploitation receipts only
        receiptKind = receiptKind == null ? ReceiptKind.EXPLOITATION : receiptKind;
    }
}
