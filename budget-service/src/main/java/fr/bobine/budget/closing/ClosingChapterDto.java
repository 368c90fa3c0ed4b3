package fr.bobine.budget.closing;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ClosingChapter", description = "A chapter of the final cost statement with its variance explained: the "
        + "lines that make most of it (computed) and the accountant's explanation")
public record ClosingChapterDto(String code, ClosingFiguresDto figures, List<ContributorDto> mainContributors,
        @Schema(nullable = true) String explanation,
        @Schema(nullable = true, description = "the explanation's ETag, to send in If-Match when changing it") String explanationEtag,
        @Schema(nullable = true) Instant explainedAt, @Schema(nullable = true) String explainedBy) {
}
