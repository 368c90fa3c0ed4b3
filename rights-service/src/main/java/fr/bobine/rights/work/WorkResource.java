package fr.bobine.rights.work;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import fr.bobine.platform.http.PageRequest;
import fr.bobine.platform.problem.ProblemException;
import fr.bobine.platform.security.Roles;

@Path("/productions/{productionId}/works")
@Tag(name = "Works", description = "Underlying works of a production and their authors and rights holders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WorkResource {

    @Inject
    WorkService service;

    @Inject
    UriInfo uriInfo;

    @POST
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.RIGHTS_MANAGER })
    @Operation(operationId = "createWork", summary = "Add an underlying work",
            description = "A novel, screenplay, score, library cue, archive footage or photograph the production uses, with its "
                    + "authors and rights holders (roles, IPI, society, agent).")
    @APIResponse(responseCode = "201", description = "Created", headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WorkDto.class)))
    public RestResponse<WorkDto> createWork(@PathParam("productionId") UUID productionId, @Valid @NotNull NewWork request) {
        WorkDto work = service.create(productionId, request);
        URI location = uriInfo.getBaseUriBuilder().path("productions").path(productionId.toString()).path("works")
                .path(work.id().toString()).build();
        return RestResponse.ResponseBuilder.<WorkDto> created(location).entity(work).build();
    }

    @GET
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.RIGHTS_MANAGER, Roles.AUDITOR })
    @Operation(operationId = "listWorks", summary = "List the production's works",
            description = "The underlying works, oldest first, paginated with page and size.")
    public WorkPage listWorks(@PathParam("productionId") UUID productionId, @Valid @BeanParam PageRequest page) {
        return service.list(productionId, page);
    }

    @GET
    @Path("/{workId}")
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.RIGHTS_MANAGER, Roles.AUDITOR })
    @Operation(operationId = "getWork", summary = "Read a work", description = "A work with its rights holders.")
    public WorkDto getWork(@PathParam("productionId") UUID productionId, @PathParam("workId") UUID workId) {
        return service.find(productionId, workId).orElseThrow(() -> ProblemException.notFound("work", workId));
    }
}
