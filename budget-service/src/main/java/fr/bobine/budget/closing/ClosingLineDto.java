package fr.bobine.budget.closing;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ClosingLine", description = "A line of the locked budget (cost line, social charges, percentage line or "
        + "spend outside the budget) in the final cost statement")
public record ClosingLineDto(String key, String accountCode, String chapterCode, @Schema(nullable = true) String label,
        @Schema(description = "a percentage line (FG, imprévus, producer fee...), recomputed on the executed cost") boolean percentage,
        ClosingFiguresDto figures) {
}
