package fr.bobine.budget.devis;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BudgetVersionComparison", description = "Line by line difference from one version to another, with the delta per chapter")
public record VersionComparisonDto(UUID fromVersionId, int fromNumber, UUID toVersionId, int toNumber,
        List<LineDifference> lines, List<ChapterDelta> chapters, List<ChapterDelta> rules, ChapterDelta subtotal,
        ChapterDelta total) {
}
