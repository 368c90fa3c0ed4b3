package fr.bobine.budget.costreport;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CostReportLine", description = "One line of the locked budget (by lineage), a social-charges line, a "
        + "percentage rule, or spend outside the budget")
public record CostReportLineDto(
        @Schema(description = "the budget line's lineage, CHARGES-<account>, or the rule code (FG, IMP)") String key,
        String accountCode, String chapterCode, @Schema(nullable = true) String label, CostReport.Kind kind,
        @Schema(description = "true when the estimate to complete was entered, false when derived") boolean etcEntered,
        CostFiguresDto figures) {
}
