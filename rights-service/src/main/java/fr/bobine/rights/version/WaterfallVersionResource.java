package fr.bobine.rights.version;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import fr.bobine.platform.http.Etags;
import fr.bobine.platform.problem.ProblemException;
import fr.bobine.platform.security.Roles;

@Path("/productions/{productionId}/waterfalls")
@Tag(name = "Waterfalls", description = "Revenue waterfalls of a production, in versions (scenarios)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WaterfallVersionResource {

    @Inject
    WaterfallVersionService service;

    @Inject
    UriInfo uriInfo;

    @POST
    @RolesAllowed({ Roles.PRODUCER, Roles.RIGHTS_MANAGER })
    @Operation(operationId = "createWaterfallVersion", summary = "Create a waterfall version",
            description = "Stores a waterfall graph (positions and groups) as a new version of the production's waterfall "
                    + "and runs every receipt already recorded down it. A cycle, pari passu shares above 100%, a node "
                    + "whose leftover has no holder: 422 naming the field; an unknown currency: 400. Nothing is stored then.")
    @APIResponse(responseCode = "201", description = "Created",
            headers = { @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WaterfallVersionDto.class)))
    public RestResponse<WaterfallVersionDto> createWaterfallVersion(@PathParam("productionId") UUID productionId,
            @Valid @NotNull NewWaterfallVersion request) {
        WaterfallVersionDto created = service.create(productionId, request);
        return created(uriInfo, created);
    }

    static RestResponse<WaterfallVersionDto> created(UriInfo uriInfo, WaterfallVersionDto created) {
        URI location = uriInfo.getBaseUriBuilder().path("productions").path(created.productionId().toString())
                .path("waterfalls").path(created.id().toString()).build();
        return RestResponse.ResponseBuilder.<WaterfallVersionDto> created(location).entity(created)
                .header("ETag", Etags.of(created.version())).build();
    }

    @GET
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.RIGHTS_MANAGER, Roles.ACCOUNTANT, Roles.AUDITOR })
    @Operation(operationId = "listWaterfallVersions", summary = "List a production's waterfall versions",
            description = "Every version of the production's waterfall, oldest first, with the balances of its positions.")
    public WaterfallVersionList listWaterfallVersions(@PathParam("productionId") UUID productionId) {
        return service.list(productionId);
    }

    @GET
    @Path("/{waterfallId}")
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.RIGHTS_MANAGER, Roles.ACCOUNTANT, Roles.AUDITOR })
    @Operation(operationId = "getWaterfallVersion", summary = "Read a waterfall version",
            description = "The graph and what each position received so far, with the ETag to send back in If-Match.")
    public RestResponse<WaterfallVersionDto> getWaterfallVersion(@PathParam("productionId") UUID productionId,
            @PathParam("waterfallId") UUID waterfallId) {
        WaterfallVersionDto found = service.find(productionId, waterfallId)
                .orElseThrow(() -> ProblemException.notFound("waterfall version", waterfallId));
        return RestResponse.ResponseBuilder.ok(found).header("ETag", Etags.of(found.version())).build();
    }

    @PUT
    @Path("/{waterfallId}")
    @RolesAllowed({ Roles.PRODUCER, Roles.RIGHTS_MANAGER })
    @Operation(operationId = "replaceWaterfallVersion", summary = "Replace a waterfall version's graph",
            description = "Replaces name, release date and graph, then recomputes every receipt from scratch. Needs If-Match "
                    + "(412 stale, 428 missing); the same validation as creation.")
    public RestResponse<WaterfallVersionDto> replaceWaterfallVersion(@PathParam("productionId") UUID productionId,
            @PathParam("waterfallId") UUID waterfallId,
            @Parameter(in = ParameterIn.HEADER, required = true, description = "The ETag read with the version")
            @HeaderParam(Etags.IF_MATCH) String ifMatch,
            @Valid @NotNull NewWaterfallVersion request) {
        WaterfallVersionDto updated = service.update(productionId, waterfallId, ifMatch, request);
        return RestResponse.ResponseBuilder.ok(updated).header("ETag", Etags.of(updated.version())).build();
    }

    @DELETE
    @Path("/{waterfallId}")
    @RolesAllowed({ Roles.PRODUCER, Roles.RIGHTS_MANAGER })
    @Operation(operationId = "deleteWaterfallVersion", summary = "Delete a waterfall version",
            description = "Deletes a version and its allocations. Needs If-Match; 409 once statements were issued from it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public RestResponse<Void> deleteWaterfallVersion(@PathParam("productionId") UUID productionId,
            @PathParam("waterfallId") UUID waterfallId,
            @Parameter(in = ParameterIn.HEADER, required = true, description = "The ETag read with the version")
            @HeaderParam(Etags.IF_MATCH) String ifMatch) {
        service.delete(productionId, waterfallId, ifMatch);
        return RestResponse.noContent();
    }

    @POST
    @Path("/{waterfallId}/recompute")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({ Roles.PRODUCER, Roles.RIGHTS_MANAGER, Roles.ACCOUNTANT })
    @Operation(operationId = "recomputeWaterfallVersion", summary = "Recompute a waterfall version from scratch",
            description = "Runs every receipt of the production down the version again, in the order they were recorded, "
                    + "replaces the allocations and says whether the result equals the one built receipt by receipt.")
    public RecomputeResult recomputeWaterfallVersion(@PathParam("productionId") UUID productionId,
            @PathParam("waterfallId") UUID waterfallId) {
        return service.recompute(productionId, waterfallId);
    }
}
