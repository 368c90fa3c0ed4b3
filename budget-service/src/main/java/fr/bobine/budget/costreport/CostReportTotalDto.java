package fr.bobine.budget.costreport;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CostReportTotal", description = "The figures of one account or chapter")
public record CostReportTotalDto(String code, CostFiguresDto figures) {
}
