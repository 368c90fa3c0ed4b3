package fr.bobine.budget.costreport;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CostReportLine", description = "One line of the locked budget (by lineage), a social-charges line, a "
        + "percentage rule, or spend outside the budget")
public record CostReportLineDto(
        @Schema(description = "the lineage of the budget line, or of the row of charges computed for a chapter-4 "
                + "account (derived from the budget and the account, stable across versions), or the rule code (FG, IMP)")
        String key,
        String accountCode, String chapterCode, @Schema(nullable = true) String label, CostReport.Kind kind,
        @Schema(description = "true when the estimate to complete was entered, false when derived") boolean etcEntered,
        @Schema(description = "true when the estimate to complete comes from the published shooting schedule: the planned "
                + "labour not yet approved, less what is committed on the line") boolean etcPlanned,
        CostFiguresDto figures) {
}
