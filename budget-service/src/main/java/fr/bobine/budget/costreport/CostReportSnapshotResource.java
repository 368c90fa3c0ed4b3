package fr.bobine.budget.costreport;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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

import fr.bobine.platform.csv.CsvExport;
import fr.bobine.platform.idempotency.IdempotencyKeys;
import fr.bobine.platform.security.Roles;

@Path("/productions/{productionId}/cost-report/snapshots")
@Tag(name = "Cost report", description = "Budget, committed, actual, estimate to complete and estimated final cost")
public class CostReportSnapshotResource {

    @Inject
    CostReportSnapshots snapshots;

    @Inject
    IdempotencyKeys idempotency;

    @Inject
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ACCOUNTANT, Roles.PRODUCTION_MANAGER })
    @Operation(operationId = "takeCostReportSnapshot", summary = "Keep the cost report of a week",
            description = "Stores the full cost report as of weekEnding (every line and total, the estimates to complete "
                    + "of now included), immutable. One per production and week-ending date: a second one is refused "
                    + "with 409 (what was sent is never replaced); a retry with the same Idempotency-Key replays the "
                    + "first answer. 422 when the production had no locked version at that date.")
    @APIResponse(responseCode = "201", description = "Kept",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SnapshotDto.class)))
    public RestResponse<SnapshotDto> takeCostReportSnapshot(@PathParam("productionId") UUID productionId,
            @Parameter(in = ParameterIn.HEADER, description = "Retries with the same key replay the first response")
            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            @Valid @NotNull NewSnapshot input) {
        return idempotency.execute(idempotencyKey, "POST /productions/" + productionId + "/cost-report/snapshots", input,
                SnapshotDto.class, () -> {
                    SnapshotDto s = snapshots.take(productionId, input);
                    URI location = uriInfo.getAbsolutePathBuilder().path(s.id().toString()).build();
                    return RestResponse.ResponseBuilder.<SnapshotDto> created(location).entity(s).build();
                });
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ACCOUNTANT, Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.AUDITOR })
    @Operation(operationId = "listCostReportSnapshots", summary = "List the kept weekly cost reports",
            description = "Newest week first, each with its total figures.")
    public SnapshotList listCostReportSnapshots(@PathParam("productionId") UUID productionId) {
        return snapshots.list(productionId);
    }

    @GET
    @Path("/{snapshotId}")
    @Produces({ MediaType.APPLICATION_JSON, Representation.CSV_TYPE, Representation.XLSX_TYPE })
    @RolesAllowed({ Roles.ACCOUNTANT, Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.AUDITOR })
    @Operation(operationId = "getCostReportSnapshot", summary = "Read a kept weekly cost report",
            description = "The report exactly as kept: JSON, CSV (Accept: text/csv) or XLSX (Accept: "
                    + Representation.XLSX_TYPE + ").")
    @APIResponse(responseCode = "200", description = "The kept report", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SnapshotDto.class)),
            @Content(mediaType = Representation.CSV_TYPE, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = Representation.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    public Response getCostReportSnapshot(@PathParam("productionId") UUID productionId,
            @PathParam("snapshotId") UUID snapshotId,
            @Parameter(description = "Language of a CSV's header, numbers and dates: fr (default) or en") @QueryParam("lang")
            @DefaultValue("fr") @Pattern(regexp = "fr|en", message = "must be fr or en") String lang, @Context HttpHeaders headers) {
        SnapshotDto s = snapshots.get(productionId, snapshotId);
        Representation r = Representation.of(headers);
        if (r == Representation.JSON) {
            return Response.ok(s, MediaType.APPLICATION_JSON).build();
        }
        return CostReportResource.render(s.report(), r, CsvExport.lang(lang), "cost-report-week-" + s.weekEnding(),
                "Rapport de coûts de la semaine se terminant le " + s.weekEnding());
    }
}
