package fr.bobine.budget.costreport;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import fr.bobine.platform.csv.CsvExport.Lang;
import fr.bobine.platform.csv.CsvExport;
import fr.bobine.platform.security.Roles;

@Path("/productions/{productionId}/cost-report")
@Tag(name = "Cost report", description = "Budget, committed, actual, estimate to complete and estimated final cost")
public class CostReportResource {

    static final String CSV = "text/csv";

    @Inject
    CostReportService service;

    @Inject
    CostReportSnapshots snapshots;

    @GET
    @Produces({ MediaType.APPLICATION_JSON, Representation.CSV_TYPE, Representation.XLSX_TYPE })
    @RolesAllowed({ Roles.ACCOUNTANT, Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.AUDITOR })
    @Operation(operationId = "getCostReport", summary = "Read the cost report, at any date",
            description = "Per line, account and chapter of the locked budget version: budget, committed (open "
                    + "orders and labour contracts), actual (matched invoices, approved hours), cost to date, estimate to "
                    + "complete (entered, or what is left of the budget), estimated final cost and variance (budget − EFC). "
                    + "With asOf, only what was known at that date: cost entries booked, orders and invoices dated on or "
                    + "before it, against the version that was the latest locked one at the end of that day (Europe/Paris); "
                    + "estimates to complete are the current ones (a snapshot keeps those of its week). Without asOf, "
                    + "everything booked so far. JSON, CSV (Accept: text/csv) or XLSX (Accept: "
                    + Representation.XLSX_TYPE + "). 400 for a malformed date, 422 when the production had no locked "
                    + "version at that date.")
    @APIResponse(responseCode = "200", description = "The cost report", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CostReportDto.class)),
            @Content(mediaType = Representation.CSV_TYPE, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = Representation.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    @APIResponse(responseCode = "422", description = "No locked budget version at that date",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response getCostReport(@PathParam("productionId") UUID productionId,
            @Parameter(description = "the date the report stands at, ISO 8601; everything booked so far when absent")
            @QueryParam("asOf") @Schema(format = "date") String asOfParam,
            @Parameter(description = "Language of a CSV's header, numbers and dates: fr (default) or en") @QueryParam("lang")
            @DefaultValue("fr") @Pattern(regexp = "fr|en", message = "must be fr or en") String lang, @Context HttpHeaders headers) {
        LocalDate asOf = AsOf.parse(asOfParam);
        CostReportDto report = service.report(productionId, asOf);
        String name = "cost-report-v" + report.versionNumber() + (asOf == null ? "" : "-" + asOf);
        return render(report, Representation.of(headers), CsvExport.lang(lang), name, "Rapport de coûts");
    }

    /** The report in the representation asked for, with its file name for CSV and XLSX. */
    static Response render(CostReportDto report, Representation representation, Lang lang, String name, String heading) {
        return switch (representation) {
            case JSON -> Response.ok(report, MediaType.APPLICATION_JSON).build();
            case CSV -> file(CostReportCsv.of(report, lang), CsvExport.MEDIA_TYPE, name + ".csv");
            case XLSX -> file(CostReportWorkbook.of(report, heading), Representation.XLSX_TYPE, name + ".xlsx");
        };
    }

    static Response file(Object body, String type, String fileName) {
        return Response.ok(body, type)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }

    @GET
    @Path("/comparison")
    @Produces({ MediaType.APPLICATION_JSON, Representation.CSV_TYPE, Representation.XLSX_TYPE })
    @RolesAllowed({ Roles.ACCOUNTANT, Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.AUDITOR })
    @Operation(operationId = "compareCostReports", summary = "Compare two weekly cost reports",
            description = "Per line, account and chapter, the figures of a snapshot and of a later one (or of the current "
                    + "report, to=current) and the delta to − from of budget, committed, actual, cost to date, estimate to "
                    + "complete, estimated final cost and variance. Lines that moved come first, flagged. JSON, CSV or XLSX "
                    + "by Accept. 404 when a snapshot is not one of this production's.")
    @APIResponse(responseCode = "200", description = "The comparison", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComparisonDto.class)),
            @Content(mediaType = Representation.CSV_TYPE, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = Representation.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    @APIResponse(responseCode = "422", description = "The two reports are in different currencies",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response compareCostReports(@PathParam("productionId") UUID productionId,
            @Parameter(description = "the earlier snapshot's id", required = true) @QueryParam("from") String from,
            @Parameter(description = "the later snapshot's id, or current", required = true) @QueryParam("to") String to,
            @Parameter(description = "Language of a CSV's header, numbers and dates: fr (default) or en") @QueryParam("lang")
            @DefaultValue("fr") @Pattern(regexp = "fr|en", message = "must be fr or en") String lang, @Context HttpHeaders headers) {
        ComparisonDto c = snapshots.compare(productionId, from, to);
        String name = "cost-report-comparison-" + (c.from().weekEnding()) + "-"
                + (c.to().weekEnding() == null ? "current" : c.to().weekEnding());
        return switch (Representation.of(headers)) {
            case JSON -> Response.ok(c, MediaType.APPLICATION_JSON).build();
            case CSV -> file(ComparisonExport.csv(c, CsvExport.lang(lang)), CsvExport.MEDIA_TYPE, name + ".csv");
            case XLSX -> file(ComparisonExport.xlsx(c), Representation.XLSX_TYPE, name + ".xlsx");
        };
    }

    @GET
    @Path("/export.csv")
    @Produces(CSV)
    @RolesAllowed({ Roles.ACCOUNTANT, Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.AUDITOR })
    @Operation(operationId = "downloadCostReportCsv", summary = "Export the cost report as CSV",
            description = "The same figures as the JSON report, lines then chapters then the total, in the conventions of "
                    + "every Bobine CSV (';', UTF-8 with BOM, decimal comma and dd/mm/yyyy in French, point and ISO dates in "
                    + "English). asOf as for the JSON report.")
    @APIResponse(responseCode = "200", description = "The CSV file",
            content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<String> downloadCostReportCsv(@PathParam("productionId") UUID productionId,
            @Parameter(description = "the date the report stands at, ISO 8601") @QueryParam("asOf")
            @Schema(format = "date") String asOfParam, @Parameter(description = "Language of a CSV's header, numbers and dates: fr (default) or en") @QueryParam("lang")
            @DefaultValue("fr") @Pattern(regexp = "fr|en", message = "must be fr or en") String lang) {
        LocalDate asOf = AsOf.parse(asOfParam);
        CostReportDto report = service.report(productionId, asOf);
        return RestResponse.ResponseBuilder.ok(CostReportCsv.of(report, CsvExport.lang(lang)), CsvExport.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"cost-report-v" + report.versionNumber()
                        + (asOf == null ? "" : "-" + asOf) + ".csv\"")
                .build();
    }

    @PUT
    @Path("/estimates/{lineKey}")
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ACCOUNTANT, Roles.PRODUCTION_MANAGER })
    @Operation(operationId = "putEstimateToComplete", summary = "Enter the estimate to complete of a line",
            description = "Replaces the derived estimate of one line (its key in the report: the lineage of a line or of a row of computed charges, "
                    + "FG, IMP) and returns the report.")
    public CostReportDto putEstimateToComplete(@PathParam("productionId") UUID productionId,
            @PathParam("lineKey") String lineKey, @Valid @NotNull EstimateInput input) {
        return service.putEstimate(productionId, lineKey, input);
    }
}
