package fr.bobine.budget.devis;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import fr.bobine.platform.http.Etags;
import fr.bobine.platform.idempotency.IdempotencyKeys;
import fr.bobine.platform.security.Roles;

@Path("/productions/{productionId}/budgets")
@Tag(name = "Budgets", description = "CNC budgets (devis), their versions, lines, percentage rules and exports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BudgetResource {

    static final String CSV = "text/csv";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    DevisService service;

    @Inject
    IdempotencyKeys idempotency;

    @Inject
    UriInfo uriInfo;

    @POST
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER })
    @Operation(operationId = "createBudget", summary = "Open a budget on a template",
            description = "Creates the budget and its version 1, a draft carrying the template's percentage rules "
                    + "(frais généraux, imprévus). Idempotency-Key makes retries safe.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BudgetDto.class)))
    public RestResponse<BudgetDto> createBudget(@PathParam("productionId") UUID productionId,
            @Parameter(in = ParameterIn.HEADER, description = "Retries with the same key replay the first response")
            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            @Valid @NotNull NewBudget request) {
        return idempotency.execute(idempotencyKey, "POST /productions/" + productionId + "/budgets", request, BudgetDto.class,
                () -> {
                    BudgetDto created = service.create(productionId, request);
                    URI location = uriInfo.getAbsolutePathBuilder().path(created.id().toString()).build();
                    return RestResponse.ResponseBuilder.<BudgetDto> created(location).entity(created).build();
                });
    }

    @GET
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.ACCOUNTANT, Roles.AUDITOR })
    @Operation(operationId = "listBudgets", summary = "List a production's budgets",
            description = "The budgets of the production, oldest first, each with its versions and their totals.")
    public BudgetList listBudgets(@PathParam("productionId") UUID productionId) {
        return service.list(productionId);
    }

    @GET
    @Path("/{budgetId}")
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.ACCOUNTANT, Roles.AUDITOR })
    @Operation(operationId = "getBudget", summary = "Read a budget", description = "The budget with its versions and their totals.")
    public BudgetDto getBudget(@PathParam("productionId") UUID productionId, @PathParam("budgetId") UUID budgetId) {
        return service.get(productionId, budgetId);
    }

    @GET
    @Path("/{budgetId}/versions/{versionId}")
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.ACCOUNTANT, Roles.AUDITOR })
    @Operation(operationId = "getBudgetVersion", summary = "Read a budget version in full",
            description = "Every line with its amount and social charges, totals per account and chapter, the sub-total, "
                    + "the percentage rules with their bases, the total, spend in France and abroad, and the warnings "
                    + "(transparency caps). The ETag changes with any change of the version.")
    public RestResponse<VersionDetail> getBudgetVersion(@PathParam("productionId") UUID productionId,
            @PathParam("budgetId") UUID budgetId, @PathParam("versionId") UUID versionId) {
        VersionDetail detail = service.read(productionId, budgetId, versionId);
        return RestResponse.ResponseBuilder.ok(detail).header("ETag", Etags.of(detail.version().version())).build();
    }

    @POST
    @Path("/{budgetId}/versions/{versionId}/lines")
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER })
    @Operation(operationId = "addBudgetLine", summary = "Add a line to a draft version",
            description = "quantity x rate in the line currency, converted at exchangeRate. 400 for a negative quantity, "
                    + "an unknown account or currency, a rate sent as a JSON number; 409 on a submitted or locked version.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BudgetLineDto.class)))
    public RestResponse<BudgetLineDto> addBudgetLine(@PathParam("productionId") UUID productionId,
            @PathParam("budgetId") UUID budgetId, @PathParam("versionId") UUID versionId,
            @Parameter(in = ParameterIn.HEADER, description = "Retries with the same key replay the first response")
            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            @Valid @NotNull BudgetLineInput input) {
        return idempotency.execute(idempotencyKey, "POST lines " + versionId, input, BudgetLineDto.class, () -> {
            BudgetLineDto line = service.addLine(productionId, budgetId, versionId, input);
            URI location = uriInfo.getAbsolutePathBuilder().path(line.id().toString()).build();
            return RestResponse.ResponseBuilder.<BudgetLineDto> created(location).entity(line)
                    .header("ETag", Etags.of(line.version())).build();
        });
    }

    @PUT
    @Path("/{budgetId}/versions/{versionId}/lines/{lineId}")
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER })
    @Operation(operationId = "updateBudgetLine", summary = "Replace a line of a draft version",
            description = "Needs If-Match with the line's ETag (412 stale, 428 missing). 409 on a submitted or locked version.")
    public RestResponse<BudgetLineDto> updateBudgetLine(@PathParam("productionId") UUID productionId,
            @PathParam("budgetId") UUID budgetId, @PathParam("versionId") UUID versionId, @PathParam("lineId") UUID lineId,
            @Parameter(in = ParameterIn.HEADER, required = true, description = "The line's ETag")
            @HeaderParam(Etags.IF_MATCH) String ifMatch,
            @Valid @NotNull BudgetLineInput input) {
        BudgetLineDto line = service.updateLine(productionId, budgetId, versionId, lineId, ifMatch, input);
        return RestResponse.ResponseBuilder.ok(line).header("ETag", Etags.of(line.version())).build();
    }

    @DELETE
    @Path("/{budgetId}/versions/{versionId}/lines/{lineId}")
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER })
    @Operation(operationId = "deleteBudgetLine", summary = "Remove a line from a draft version",
            description = "409 on a submitted or locked version.")
    @APIResponse(responseCode = "204", description = "Removed")
    public RestResponse<Void> deleteBudgetLine(@PathParam("productionId") UUID productionId,
            @PathParam("budgetId") UUID budgetId, @PathParam("versionId") UUID versionId, @PathParam("lineId") UUID lineId) {
        service.deleteLine(productionId, budgetId, versionId, lineId);
        return RestResponse.noContent();
    }

    @PUT
    @Path("/{budgetId}/versions/{versionId}/rules/{ruleCode}")
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER })
    @Operation(operationId = "putBudgetRule", summary = "Create or replace a percentage rule",
            description = "Frais généraux, imprévus, producer fee, finance costs: rate x base (chapters, and earlier rules "
                    + "not excluded), optionally capped. Breaking a transparency cap is warned in the version, not refused.")
    public BudgetRuleDto putBudgetRule(@PathParam("productionId") UUID productionId, @PathParam("budgetId") UUID budgetId,
            @PathParam("versionId") UUID versionId, @PathParam("ruleCode") String ruleCode, @Valid @NotNull BudgetRuleInput input) {
        return service.putRule(productionId, budgetId, versionId, ruleCode, input);
    }

    @DELETE
    @Path("/{budgetId}/versions/{versionId}/rules/{ruleCode}")
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER })
    @Operation(operationId = "deleteBudgetRule", summary = "Remove a percentage rule", description = "409 on a submitted or locked version.")
    @APIResponse(responseCode = "204", description = "Removed")
    public RestResponse<Void> deleteBudgetRule(@PathParam("productionId") UUID productionId,
            @PathParam("budgetId") UUID budgetId, @PathParam("versionId") UUID versionId, @PathParam("ruleCode") String ruleCode) {
        service.deleteRule(productionId, budgetId, versionId, ruleCode);
        return RestResponse.noContent();
    }

    @POST
    @Path("/{budgetId}/versions/{versionId}/submission")
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER })
    @Operation(operationId = "submitBudgetVersion", summary = "Submit a draft version",
            description = "The version stops changing; 409 unless it is a draft. If-Match is checked when sent.")
    public RestResponse<VersionSummary> submitBudgetVersion(@PathParam("productionId") UUID productionId,
            @PathParam("budgetId") UUID budgetId, @PathParam("versionId") UUID versionId,
            @Parameter(in = ParameterIn.HEADER, description = "The version's ETag") @HeaderParam(Etags.IF_MATCH) String ifMatch) {
        VersionSummary v = service.submit(productionId, budgetId, versionId, ifMatch);
        return RestResponse.ResponseBuilder.ok(v).header("ETag", Etags.of(v.version())).build();
    }

    @POST
    @Path("/{budgetId}/versions/{versionId}/approval")
    @RolesAllowed({ Roles.PRODUCER })
    @Operation(operationId = "approveBudgetVersion", summary = "Approve and lock a version",
            description = "The version becomes the locked reference for cost control and the financing plan, and "
                    + "budget.version.locked is published. 409 when already approved. If-Match is checked when sent.")
    public RestResponse<VersionSummary> approveBudgetVersion(@PathParam("productionId") UUID productionId,
            @PathParam("budgetId") UUID budgetId, @PathParam("versionId") UUID versionId,
            @Parameter(in = ParameterIn.HEADER, description = "The version's ETag") @HeaderParam(Etags.IF_MATCH) String ifMatch) {
        VersionSummary v = service.approve(productionId, budgetId, versionId, ifMatch);
        return RestResponse.ResponseBuilder.ok(v).header("ETag", Etags.of(v.version())).build();
    }

    @POST
    @Path("/{budgetId}/versions/{versionId}/copies")
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER })
    @Operation(operationId = "copyBudgetVersion", summary = "Copy a version into a new draft",
            description = "Any version, locked or not, can be copied; lines keep their lineage so the two compare line by line.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VersionSummary.class)))
    public RestResponse<VersionSummary> copyBudgetVersion(@PathParam("productionId") UUID productionId,
            @PathParam("budgetId") UUID budgetId, @PathParam("versionId") UUID versionId,
            @Parameter(in = ParameterIn.HEADER, description = "Retries with the same key replay the first response")
            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            @Valid VersionCopyRequest request) {
        VersionCopyRequest body = request == null ? new VersionCopyRequest(null) : request;
        return idempotency.execute(idempotencyKey, "POST copies " + versionId, body, VersionSummary.class, () -> {
            VersionSummary copy = service.copy(productionId, budgetId, versionId, body);
            URI location = uriInfo.getBaseUriBuilder().path(BudgetResource.class).path(budgetId.toString())
                    .path("versions").path(copy.id().toString()).build(productionId);
            return RestResponse.ResponseBuilder.<VersionSummary> created(location).entity(copy)
                    .header("ETag", Etags.of(copy.version())).build();
        });
    }

    @GET
    @Path("/{budgetId}/versions/{versionId}/comparison")
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.ACCOUNTANT, Roles.AUDITOR })
    @Operation(operationId = "compareBudgetVersions", summary = "Compare a version with another",
            description = "Lines added, removed and changed from version 'against' to this one, and the delta per chapter, "
                    + "percentage line, sub-total and total.")
    public VersionComparisonDto compareBudgetVersions(@PathParam("productionId") UUID productionId,
            @PathParam("budgetId") UUID budgetId, @PathParam("versionId") UUID versionId,
            @Parameter(description = "The earlier version", required = true) @QueryParam("against") @NotNull UUID against) {
        return service.compare(productionId, budgetId, against, versionId);
    }

    @GET
    @Path("/{budgetId}/versions/{versionId}/export.csv")
    @Produces(CSV)
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.ACCOUNTANT, Roles.AUDITOR })
    @Operation(operationId = "downloadBudgetVersionCsv", summary = "Export a version as CSV",
            description = "The devis chapter by chapter with account and chapter subtotals, the percentage lines and the "
                    + "total, in French (';', decimal comma) or English (',', decimal point).")
    @APIResponse(responseCode = "200", description = "The CSV file",
            content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<String> downloadBudgetVersionCsv(@PathParam("productionId") UUID productionId,
            @PathParam("budgetId") UUID budgetId, @PathParam("versionId") UUID versionId,
            @Parameter(description = "fr or en") @QueryParam("lang") @DefaultValue("fr")
            @Pattern(regexp = "fr|en", message = "must be fr or en") String lang) {
        VersionDetail detail = service.read(productionId, budgetId, versionId);
        return RestResponse.ResponseBuilder.ok(DevisExport.budget(detail, lang).csv(), CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"devis-v" + detail.version().number() + "-" + lang + ".csv\"")
                .build();
    }

    @GET
    @Path("/{budgetId}/versions/{versionId}/comparison.csv")
    @Produces(CSV)
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.ACCOUNTANT, Roles.AUDITOR })
    @Operation(operationId = "downloadBudgetComparisonCsv", summary = "Export a comparison as CSV",
            description = "The comparison with version 'against', lines then chapters and totals, in French or English.")
    @APIResponse(responseCode = "200", description = "The CSV file",
            content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<String> downloadBudgetComparisonCsv(@PathParam("productionId") UUID productionId,
            @PathParam("budgetId") UUID budgetId, @PathParam("versionId") UUID versionId,
            @Parameter(description = "The earlier version", required = true) @QueryParam("against") @NotNull UUID against,
            @Parameter(description = "fr or en") @QueryParam("lang") @DefaultValue("fr")
            @Pattern(regexp = "fr|en", message = "must be fr or en") String lang) {
        VersionComparisonDto comparison = service.compare(productionId, budgetId, against, versionId);
        return RestResponse.ResponseBuilder.ok(DevisExport.comparison(comparison, lang).csv(), CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"comparaison-v" + comparison.fromNumber() + "-v"
                        + comparison.toNumber() + "-" + lang + ".csv\"")
                .build();
    }

    @GET
    @Path("/{budgetId}/versions/{versionId}/export.xlsx")
    @Produces(XLSX)
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.ACCOUNTANT, Roles.AUDITOR })
    @Operation(operationId = "downloadBudgetVersionXlsx", summary = "Export a version as XLSX",
            description = "The same layout as the CSV export, with numeric cells, in French or English labels.")
    @APIResponse(responseCode = "200", description = "The workbook",
            content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public RestResponse<byte[]> downloadBudgetVersionXlsx(@PathParam("productionId") UUID productionId,
            @PathParam("budgetId") UUID budgetId, @PathParam("versionId") UUID versionId,
            @Parameter(description = "fr or en") @QueryParam("lang") @DefaultValue("fr")
            @Pattern(regexp = "fr|en", message = "must be fr or en") String lang) {
        VersionDetail detail = service.read(productionId, budgetId, versionId);
        return RestResponse.ResponseBuilder.ok(DevisExport.budget(detail, lang).xlsx("Devis V" + detail.version().number()), XLSX)
                .header("Content-Disposition", "attachment; filename=\"devis-v" + detail.version().number() + "-" + lang + ".xlsx\"")
                .build();
    }

    @GET
    @Path("/{budgetId}/versions/{versionId}/comparison.xlsx")
    @Produces(XLSX)
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.ACCOUNTANT, Roles.AUDITOR })
    @Operation(operationId = "downloadBudgetComparisonXlsx", summary = "Export a comparison as XLSX",
            description = "The same layout as the comparison CSV, with numeric cells, in French or English labels.")
    @APIResponse(responseCode = "200", description = "The workbook",
            content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public RestResponse<byte[]> downloadBudgetComparisonXlsx(@PathParam("productionId") UUID productionId,
            @PathParam("budgetId") UUID budgetId, @PathParam("versionId") UUID versionId,
            @Parameter(description = "The earlier version", required = true) @QueryParam("against") @NotNull UUID against,
            @Parameter(description = "fr or en") @QueryParam("lang") @DefaultValue("fr")
            @Pattern(regexp = "fr|en", message = "must be fr or en") String lang) {
        VersionComparisonDto comparison = service.compare(productionId, budgetId, against, versionId);
        String name = "V" + comparison.fromNumber() + "-V" + comparison.toNumber();
        return RestResponse.ResponseBuilder.ok(DevisExport.comparison(comparison, lang).xlsx(name), XLSX)
                .header("Content-Disposition", "attachment; filename=\"comparaison-v" + comparison.fromNumber() + "-v"
                        + comparison.toNumber() + "-" + lang + ".xlsx\"")
                .build();
    }
}
