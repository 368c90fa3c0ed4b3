package fr.bobine.distribution.screening;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import fr.bobine.platform.http.PageRequest;
import fr.bobine.platform.idempotency.IdempotencyKeys;
import fr.bobine.platform.security.Roles;

@Path("/productions/{productionId}/screenings")
@Tag(name = "Screenings and premieres", description = "The append-only screening log, premiere status and festival premiere rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ScreeningResource {

    @Inject
    ScreeningLog log;

    @Inject
    IdempotencyKeys idempotency;

    @Inject
    UriInfo uriInfo;

    @POST
    @RolesAllowed({ Roles.PRODUCER, Roles.DISTRIBUTION_MANAGER })
    @Operation(operationId = "recordScreening", summary = "Record a screening in the log",
            description = "Appends a screening (the log is never changed afterwards) and answers which pending festival "
                    + "submissions it made ineligible. An unknown country is a 400; a production without release profile a 422.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScreeningImpact.class)))
    public RestResponse<ScreeningImpact> recordScreening(@PathParam("productionId") UUID productionId,
            @Parameter(in = ParameterIn.HEADER, description = "Retries with the same key replay the first response")
            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            @Valid @NotNull NewScreening input) {
        return idempotency.execute(idempotencyKey, "POST /productions/" + productionId + "/screenings", input,
                ScreeningImpact.class, () -> {
                    ScreeningImpact recorded = log.record(productionId, input);
                    URI location = uriInfo.getBaseUriBuilder().path("productions").path(productionId.toString())
                            .path("screenings").path(recorded.screening().id().toString()).build();
                    return RestResponse.ResponseBuilder.<ScreeningImpact> created(location).entity(recorded).build();
                });
    }

    @POST
    @Path("/preview")
    @RolesAllowed({ Roles.PRODUCER, Roles.DISTRIBUTION_MANAGER, Roles.AUDITOR })
    @Operation(operationId = "previewScreening", summary = "What a screening would make ineligible",
            description = "Evaluates the festival premiere rules of every pending submission as if the screening were in the "
                    + "log, and lists those it would make ineligible. Stores nothing.")
    public ScreeningImpact previewScreening(@PathParam("productionId") UUID productionId, @Valid @NotNull NewScreening input) {
        return log.preview(productionId, input);
    }

    @GET
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.DISTRIBUTION_MANAGER, Roles.RIGHTS_MANAGER, Roles.AUDITOR })
    @Operation(operationId = "listScreenings", summary = "Read the screening log",
            description = "The production's screenings in date order, paginated with page and size.")
    public ScreeningPage listScreenings(@PathParam("productionId") UUID productionId, @Valid @BeanParam PageRequest page) {
        return log.list(productionId, page);
    }
}
