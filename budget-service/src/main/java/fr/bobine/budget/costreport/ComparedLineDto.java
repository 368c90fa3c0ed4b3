package fr.bobine.budget.costreport;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CostReportComparedLine", description = "A line, chapter or the total in two cost reports; delta = to − from")
public record ComparedLineDto(String key, @Schema(nullable = true) String accountCode,
        @Schema(nullable = true) String chapterCode, @Schema(nullable = true) String label,
        @Schema(description = "true when any reading changed, or the line is in one report only") boolean moved,
        @Schema(nullable = true, description = "absent when the line is not in the earlier report") CostFiguresDto from,
        @Schema(nullable = true, description = "absent when the line is not in the later report") CostFiguresDto to,
        CostFiguresDto delta) {

    static ComparedLineDto of(CostReportComparison.Delta d, String currency) {
        return new ComparedLineDto(d.key(), d.accountCode(), d.chapterCode(), d.label(), d.moved(),
                d.from() == null ? null : CostFiguresDto.of(d.from(), currency),
                d.to() == null ? null : CostFiguresDto.of(d.to(), currency), CostFiguresDto.of(d.delta(), currency));
    }
}
