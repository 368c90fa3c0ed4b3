package fr.bobine.crew.schedule;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import fr.bobine.platform.http.Etags;
import fr.bobine.platform.http.PageRequest;
import fr.bobine.platform.security.Roles;

@Path("/productions/{productionId}/sets")
@Tag(name = "Breakdown", description = "The script breakdown (dépouillement): sets and locations, scenes with their cast and needs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ShootingSetResource {

    @Inject
    BreakdownService service;

    @Inject
    UriInfo uriInfo;

    @POST
    @RolesAllowed({ Roles.PRODUCTION_MANAGER, Roles.PRODUCER })
    @Operation(operationId = "createShootingSet", summary = "Add a set or location", description = "A studio or a location with its address and nearest hospital, as the call sheets print them. A code already used in the production is 409.")
    @APIResponse(responseCode = "201", description = "Created", headers = {
            @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ShootingSetDto.class)))
    public RestResponse<ShootingSetDto> createShootingSet(@PathParam("productionId") UUID productionId, @Valid @NotNull ShootingSetInput input) {
        ShootingSetDto created = service.createSet(productionId, input);
        URI location = uriInfo.getBaseUriBuilder().path("productions").path(productionId.toString()).path("sets")
                .path(created.id().toString()).build();
        return RestResponse.ResponseBuilder.<ShootingSetDto> created(location).entity(created).header("ETag", Etags.of(created.version()))
                .build();
    }

    @GET
    @RolesAllowed({ Roles.PRODUCTION_MANAGER, Roles.PRODUCER, Roles.PAYROLL, Roles.ACCOUNTANT, Roles.AUDITOR })
    @Operation(operationId = "listShootingSets", summary = "List the sets and locations", description = "Paginated, sorted by code unless sort says otherwise.")
    public ShootingSetPage listShootingSets(@PathParam("productionId") UUID productionId,
            @Parameter(description = "Text search, case and accents ignored: code, name or town") @QueryParam("q") @Size(max = 200) String q,
            @Parameter(description = "Sort field, -field for descending",
                    schema = @Schema(type = SchemaType.STRING, enumeration = { "code", "-code", "name", "-name", "createdAt", "-createdAt" })) @QueryParam("sort") String sort,
            @Valid @BeanParam PageRequest page) {
        return service.sets(productionId, q, sort, page);
    }

    @GET
    @Path("/{shootingSetId}")
    @RolesAllowed({ Roles.PRODUCTION_MANAGER, Roles.PRODUCER, Roles.PAYROLL, Roles.ACCOUNTANT, Roles.AUDITOR })
    @Operation(operationId = "getShootingSet", summary = "Read a set or location", description = "The ETag header carries its version.")
    @APIResponse(responseCode = "200", description = "Found", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ShootingSetDto.class)))
    public RestResponse<ShootingSetDto> getShootingSet(@PathParam("productionId") UUID productionId, @PathParam("shootingSetId") UUID id) {
        ShootingSetDto found = service.set(productionId, id);
        return RestResponse.ResponseBuilder.ok(found).header("ETag", Etags.of(found.version())).build();
    }

    @PUT
    @Path("/{shootingSetId}")
    @RolesAllowed({ Roles.PRODUCTION_MANAGER, Roles.PRODUCER })
    @Operation(operationId = "replaceShootingSet", summary = "Change a set or location",
            description = "Replaces it whole under If-Match with its ETag (428 missing, 412 stale), with the checks of creation.")
    @APIResponse(responseCode = "200", description = "Replaced", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ShootingSetDto.class)))
    public RestResponse<ShootingSetDto> replaceShootingSet(@PathParam("productionId") UUID productionId, @PathParam("shootingSetId") UUID id,
            @Parameter(in = ParameterIn.HEADER, required = true, description = "The ETag read") @HeaderParam(Etags.IF_MATCH) String ifMatch,
            @Valid @NotNull ShootingSetInput input) {
        ShootingSetDto replaced = service.replaceSet(productionId, id, ifMatch, input);
        return RestResponse.ResponseBuilder.ok(replaced).header("ETag", Etags.of(replaced.version())).build();
    }
}
