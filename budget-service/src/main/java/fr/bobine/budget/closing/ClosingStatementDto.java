package fr.bobine.budget.closing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ClosingStatement", description = "The final cost statement (coût définitif): executed against the locked "
        + "budget per line, account and chapter, the variance of each chapter explained, the items still open")
public record ClosingStatementDto(UUID productionId, String productionTitle, UUID budgetId, UUID versionId, int versionNumber,
        String currency, Status status, @Schema(nullable = true) Instant closedAt, @Schema(nullable = true) String closedBy,
        @Schema(nullable = true, description = "why it was closed with items still open") String overrideReason,
        List<BlockingItemDto> blockingItems, List<ClosingChapterDto> chapters, List<ClosingTotalDto> accounts,
        List<ClosingLineDto> lines, ClosingFiguresDto total) {

    @Schema(name = "ClosingStatementStatus")
    public enum Status {
        /** computed from the books as they are now */
        OPEN,
        /** frozen when the accountant closed it */
        CLOSED
    }
}
