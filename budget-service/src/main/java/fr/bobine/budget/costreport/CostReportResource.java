package fr.bobine.budget.costreport;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import fr.bobine.platform.security.Roles;

@Path("/productions/{productionId}/cost-report")
@Tag(name = "Cost report", description = "Budget, committed, actual, estimate to complete and estimated final cost")
public class CostReportResource {

    static final String CSV = "text/csv";

    @Inject
    CostReportService service;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ACCOUNTANT, Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.AUDITOR })
    @Operation(operationId = "getCostReport", summary = "Read the cost report",
            description = "Per line, account and chapter of the latest locked budget version: budget, committed (open "
                    + "orders and labour contracts), actual (matched invoices, approved hours), cost to date, estimate to "
                    + "complete (entered, or what is left of the budget), estimated final cost and variance (budget − EFC). "
                    + "422 when the production has no locked version.")
    public CostReportDto getCostReport(@PathParam("productionId") UUID productionId) {
        return service.report(productionId);
    }

    @GET
    @Path("/export.csv")
    @Produces(CSV)
    @RolesAllowed({ Roles.ACCOUNTANT, Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.AUDITOR })
    @Operation(operationId = "exportCostReportCsv", summary = "Export the cost report as CSV",
            description = "The same figures as the JSON report, lines then chapters then the total; ';' and decimal comma.")
    @APIResponse(responseCode = "200", description = "The CSV file",
            content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<String> exportCostReportCsv(@PathParam("productionId") UUID productionId) {
        CostReportDto report = service.report(productionId);
        return RestResponse.ResponseBuilder.ok(CostReportCsv.of(report), CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"cost-report-v" + report.versionNumber() + ".csv\"")
                .build();
    }

    @PUT
    @Path("/estimates/{lineKey}")
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ACCOUNTANT, Roles.PRODUCTION_MANAGER })
    @Operation(operationId = "putEstimateToComplete", summary = "Enter the estimate to complete of a line",
            description = "Replaces the derived estimate of one line (its key in the report: lineage, CHARGES-<account>, "
                    + "FG, IMP) and returns the report.")
    public CostReportDto putEstimateToComplete(@PathParam("productionId") UUID productionId,
            @PathParam("lineKey") String lineKey, @Valid @NotNull EstimateInput input) {
        return service.putEstimate(productionId, lineKey, input);
    }
}
