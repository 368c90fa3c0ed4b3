package fr.bobine.rights.statement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.platform.money.Money;

@Schema(name = "Statement", description = "A participant's statement for a period: receipts by mode, deductions, share, "
        + "advances recouped so far and the amount due")
public record StatementDto(
        UUID id,
        UUID productionId,
        UUID waterfallId,
        String waterfallName,
        String holder,
        LocalDate periodStart,
        LocalDate periodEnd,
        List<StatementLine> lines,
        Money receipts,
        Money deductions,
        Money share,
        @Schema(description = "Share from the first receipt to the end of the period") Money shareToDate,
        @Schema(description = "MG and advances (à-valoir) of this participant") Money advances,
        @Schema(description = "MG and advances recouped so far") Money advancesRecouped,
        @Schema(description = "Amount due in earlier statements") Money previouslyDue,
        @Schema(description = "Amount due for this period") Money amountDue,
        @Schema(nullable = true) Instant timeOfIssue) {
}
