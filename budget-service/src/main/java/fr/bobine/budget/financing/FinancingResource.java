package fr.bobine.budget.financing;

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

@Path("/productions/{productionId}/financing-plan")
@Tag(name = "Financing plan", description = "The sources of a production's financing, balanced against its locked budget")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FinancingResource {

    static final String CSV = "text/csv";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    FinancingService service;

    @Inject
    IdempotencyKeys idempotency;

    @Inject
    UriInfo uriInfo;

    @GET
        @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.ACCOUNTANT, Roles.AUDITOR })
    @Operation(operationId = "getFinancingPlan", summary = "Read the financing plan",
            description = "Sources with their instalments, totals by status, the gap or surplus against the locked budget, "
                    + "the public aid share against its 50 % (60 %) ceiling, the tax credit estimate, and warnings.")
    public RestResponse<FinancingPlanDto> getFinancingPlan(@PathParam("productionId") UUID productionId) {
        FinancingPlanDto plan = service.plan(productionId);
        return RestResponse.ResponseBuilder.ok(plan).header("ETag", Etags.of(plan.version())).build();
    }

    @PUT
    @Path("settings")
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER })
    @Operation(operationId = "putFinancingPlanSettings", summary = "Set the plan's settings",
            description = "Whether the work is difficult or low-budget (60 % public aid ceiling) and which tax credit it claims. "
                    + "If-Match is checked when sent.")
    public RestResponse<FinancingPlanDto> putFinancingPlanSettings(@PathParam("productionId") UUID productionId,
            @Parameter(in = ParameterIn.HEADER, description = "The plan's ETag") @HeaderParam(Etags.IF_MATCH) String ifMatch,
            @Valid @NotNull FinancingPlanSettings settings) {
        FinancingPlanDto plan = service.putSettings(productionId, ifMatch, settings);
        return RestResponse.ResponseBuilder.ok(plan).header("ETag", Etags.of(plan.version())).build();
    }

    @POST
    @Path("sources")
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER })
    @Operation(operationId = "addFinancingSource", summary = "Add a financing source",
            description = "A planned or requested source with its instalments (which must add up to its amount, 422). "
                    + "Idempotency-Key makes retries safe.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FinancingSourceDto.class)))
    public RestResponse<FinancingSourceDto> addFinancingSource(@PathParam("productionId") UUID productionId,
            @Parameter(in = ParameterIn.HEADER, description = "Retries with the same key replay the first response")
            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            @Valid @NotNull FinancingSourceInput input) {
        return idempotency.execute(idempotencyKey, "POST financing sources " + productionId, input, FinancingSourceDto.class,
                () -> {
                    FinancingSourceDto created = service.add(productionId, input);
                    URI location = uriInfo.getAbsolutePathBuilder().path(created.id().toString()).build();
                    return RestResponse.ResponseBuilder.<FinancingSourceDto> created(location).entity(created)
                            .header("ETag", Etags.of(created.version())).build();
                });
    }

    @PUT
    @Path("sources/{sourceId}")
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER })
    @Operation(operationId = "updateFinancingSource", summary = "Replace a financing source",
            description = "Needs If-Match (412 stale, 428 missing). Confirming goes through the confirmation operation (422 here).")
    public RestResponse<FinancingSourceDto> updateFinancingSource(@PathParam("productionId") UUID productionId,
            @PathParam("sourceId") UUID sourceId,
            @Parameter(in = ParameterIn.HEADER, required = true, description = "The source's ETag")
            @HeaderParam(Etags.IF_MATCH) String ifMatch, @Valid @NotNull FinancingSourceInput input) {
        FinancingSourceDto updated = service.update(productionId, sourceId, ifMatch, input);
        return RestResponse.ResponseBuilder.ok(updated).header("ETag", Etags.of(updated.version())).build();
    }

    @DELETE
    @Path("sources/{sourceId}")
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER })
    @Operation(operationId = "deleteFinancingSource", summary = "Remove a financing source", description = "Removes the source and its instalments.")
    @APIResponse(responseCode = "204", description = "Removed")
    public RestResponse<Void> deleteFinancingSource(@PathParam("productionId") UUID productionId,
            @PathParam("sourceId") UUID sourceId) {
        service.delete(productionId, sourceId);
        return RestResponse.noContent();
    }

    @POST
    @Path("sources/{sourceId}/confirmation")
    @RolesAllowed({ Roles.PRODUCER })
    @Operation(operationId = "confirmFinancingSource", summary = "Confirm a financing source",
            description = "The financier has committed: the source becomes CONFIRMED and budget.financing.confirmed is "
                    + "published. 409 when already confirmed or received. If-Match is checked when sent.")
    public RestResponse<FinancingSourceDto> confirmFinancingSource(@PathParam("productionId") UUID productionId,
            @PathParam("sourceId") UUID sourceId,
            @Parameter(in = ParameterIn.HEADER, description = "The source's ETag") @HeaderParam(Etags.IF_MATCH) String ifMatch) {
        FinancingSourceDto confirmed = service.confirm(productionId, sourceId, ifMatch);
        return RestResponse.ResponseBuilder.ok(confirmed).header("ETag", Etags.of(confirmed.version())).build();
    }

    @GET
    @Path("export.csv")
    @Produces(CSV)
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.ACCOUNTANT, Roles.AUDITOR })
    @Operation(operationId = "downloadFinancingPlanCsv", summary = "Export the financing plan as CSV",
            description = "One row per source, then totals, gap and tax credit estimate, in French (';', decimal comma) or English.")
    @APIResponse(responseCode = "200", description = "The CSV file",
            content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<String> downloadFinancingPlanCsv(@PathParam("productionId") UUID productionId,
            @Parameter(description = "fr or en") @QueryParam("lang") @DefaultValue("fr")
            @Pattern(regexp = "fr|en", message = "must be fr or en") String lang) {
        return RestResponse.ResponseBuilder.ok(FinancingExport.plan(service.plan(productionId), lang).csv(), CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"plan-de-financement-" + lang + ".csv\"").build();
    }

    @GET
    @Path("export.xlsx")
    @Produces(XLSX)
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.ACCOUNTANT, Roles.AUDITOR })
    @Operation(operationId = "downloadFinancingPlanXlsx", summary = "Export the financing plan as XLSX",
            description = "The same layout as the CSV export, with numeric cells, in French or English labels.")
    @APIResponse(responseCode = "200", description = "The workbook",
            content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public RestResponse<byte[]> downloadFinancingPlanXlsx(@PathParam("productionId") UUID productionId,
            @Parameter(description = "fr or en") @QueryParam("lang") @DefaultValue("fr")
            @Pattern(regexp = "fr|en", message = "must be fr or en") String lang) {
        return RestResponse.ResponseBuilder.ok(FinancingExport.plan(service.plan(productionId), lang)
                        .xlsx("en".equals(lang) ? "Financing plan" : "Plan de financement"), XLSX)
                .header("Content-Disposition", "attachment; filename=\"plan-de-financement-" + lang + ".xlsx\"").build();
    }
}
