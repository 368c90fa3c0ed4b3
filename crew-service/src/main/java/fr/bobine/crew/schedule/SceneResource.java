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

@Path("/productions/{productionId}/scenes")
@Tag(name = "Breakdown", description = "The script breakdown (dépouillement): sets and locations, scenes with their cast and needs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SceneResource {

    @Inject
    BreakdownService service;

    @Inject
    UriInfo uriInfo;

    @POST
    @RolesAllowed({ Roles.PRODUCTION_MANAGER, Roles.PRODUCER })
    @Operation(operationId = "createScene", summary = "Add a scene to the breakdown", description = "Its number in the script, its set (a set of this production, else 400 shootingSetId), INT/EXT, DAY/NIGHT, its length in eighths of a page, its cast (registered people, each once) and special needs. A number already used is 409.")
    @APIResponse(responseCode = "201", description = "Created", headers = {
            @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SceneDto.class)))
    public RestResponse<SceneDto> createScene(@PathParam("productionId") UUID productionId, @Valid @NotNull SceneInput input) {
        SceneDto created = service.createScene(productionId, input);
        URI location = uriInfo.getBaseUriBuilder().path("productions").path(productionId.toString()).path("scenes")
                .path(created.id().toString()).build();
        return RestResponse.ResponseBuilder.<SceneDto> created(location).entity(created).header("ETag", Etags.of(created.version()))
                .build();
    }

    @GET
    @RolesAllowed({ Roles.PRODUCTION_MANAGER, Roles.PRODUCER, Roles.PAYROLL, Roles.ACCOUNTANT, Roles.AUDITOR })
    @Operation(operationId = "listScenes", summary = "List the scenes of the breakdown", description = "Paginated, in script order (2 before 12 before 12A) unless sort says otherwise.")
    public ScenePage listScenes(@PathParam("productionId") UUID productionId,
            @Parameter(description = "Only the scenes of this set") @QueryParam("shootingSetId") UUID shootingSetId,
            @Parameter(description = "Text search, case and accents ignored: number, set name or synopsis") @QueryParam("q") @Size(max = 200) String q,
            @Parameter(description = "Sort field, -field for descending",
                    schema = @Schema(type = SchemaType.STRING, enumeration = { "number", "-number", "createdAt", "-createdAt" })) @QueryParam("sort") String sort,
            @Valid @BeanParam PageRequest page) {
        return service.scenes(productionId, shootingSetId, q, sort, page);
    }

    @GET
    @Path("/{sceneId}")
    @RolesAllowed({ Roles.PRODUCTION_MANAGER, Roles.PRODUCER, Roles.PAYROLL, Roles.ACCOUNTANT, Roles.AUDITOR })
    @Operation(operationId = "getScene", summary = "Read a scene", description = "The ETag header carries its version.")
    @APIResponse(responseCode = "200", description = "Found", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SceneDto.class)))
    public RestResponse<SceneDto> getScene(@PathParam("productionId") UUID productionId, @PathParam("sceneId") UUID id) {
        SceneDto found = service.scene(productionId, id);
        return RestResponse.ResponseBuilder.ok(found).header("ETag", Etags.of(found.version())).build();
    }

    @PUT
    @Path("/{sceneId}")
    @RolesAllowed({ Roles.PRODUCTION_MANAGER, Roles.PRODUCER })
    @Operation(operationId = "replaceScene", summary = "Change a scene",
            description = "Replaces it whole under If-Match with its ETag (428 missing, 412 stale), with the checks of creation.")
    @APIResponse(responseCode = "200", description = "Replaced", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SceneDto.class)))
    public RestResponse<SceneDto> replaceScene(@PathParam("productionId") UUID productionId, @PathParam("sceneId") UUID id,
            @Parameter(in = ParameterIn.HEADER, required = true, description = "The ETag read") @HeaderParam(Etags.IF_MATCH) String ifMatch,
            @Valid @NotNull SceneInput input) {
        SceneDto replaced = service.replaceScene(productionId, id, ifMatch, input);
        return RestResponse.ResponseBuilder.ok(replaced).header("ETag", Etags.of(replaced.version())).build();
    }
}
