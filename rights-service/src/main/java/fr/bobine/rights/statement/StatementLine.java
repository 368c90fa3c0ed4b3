package fr.bobine.rights.statement;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.platform.money.Money;
import fr.bobine.rights.waterfall.Media;

@Schema(name = "StatementLine", description = "One mode of exploitation in a statement (CPI L132-28: by mode)")
public record StatementLine(
        Media media,
        @Schema(description = "Gross receipts of the period") Money receipts,
        @Schema(description = "What positions before the participant's took") Money deductions,
        @Schema(description = "What reached the participant's first position") Money base,
        @Schema(description = "What the participant's positions took") Money share) {
}
