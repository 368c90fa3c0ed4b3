package fr.bobine.distribution.window;

import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import fr.bobine.distribution.window.MediaWindowDtos.MediaWindowDto;
import fr.bobine.platform.security.Roles;

@Path("/media-windows")
@Tag(name = "Media windows", description = "The French media chronology as dated reference data")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MediaWindowResource {

    @Inject
    MediaWindows windows;

    @GET
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.DISTRIBUTION_MANAGER, Roles.RIGHTS_MANAGER,
            Roles.ACCOUNTANT, Roles.AUDITOR })
    @Operation(operationId = "listMediaWindows", summary = "List the media chronology windows",
            description = "Every window of every accord, or only those in force on the date given.")
    public MediaWindowList listMediaWindows(@Parameter(description = "Only windows in force on this date")
            @QueryParam("on") LocalDate on) {
        return new MediaWindowList(windows.list(on));
    }

    @POST
    @RolesAllowed({ Roles.PRODUCER, Roles.DISTRIBUTION_MANAGER })
    @Operation(operationId = "addMediaWindow", summary = "Add a window of an accord",
            description = "Adds a dated window (a new accord or avenant). Two versions of one code in force on the same day: 409.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MediaWindowDto.class)))
    public RestResponse<MediaWindowDto> addMediaWindow(@Valid @NotNull MediaWindowDto window) {
        return RestResponse.ResponseBuilder.<MediaWindowDto> create(RestResponse.Status.CREATED).entity(windows.add(window)).build();
    }
}
