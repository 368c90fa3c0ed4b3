package fr.bobine.budget.closing;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ClosingExplanation", description = "The accountant's explanation of one chapter's variance")
public record ExplanationDto(UUID productionId, String chapterCode, String explanation, Instant updatedAt, String updatedBy,
        long version) {
}
