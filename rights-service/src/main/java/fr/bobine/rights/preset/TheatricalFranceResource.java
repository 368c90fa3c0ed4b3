package fr.bobine.rights.preset;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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

import fr.bobine.platform.http.Etags;
import fr.bobine.platform.security.Roles;
import fr.bobine.rights.version.WaterfallVersionDto;

@Path("/productions/{productionId}/waterfall-presets/theatrical-france")
@Tag(name = "Waterfall presets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TheatricalFranceResource {

    @Inject
    PresetService service;

    @Inject
    UriInfo uriInfo;

    @POST
    @RolesAllowed({ Roles.PRODUCER, Roles.RIGHTS_MANAGER })
    @Operation(operationId = "createTheatricalFranceWaterfall", summary = "Create a French theatrical waterfall from a preset",
            description = "Builds a waterfall version from box office to RNPP: VAT and TSA out of the split base, exhibitor's "
                    + "share (rental rate), distributor's commission (counted in authors' RNPP at the 2010 protocol cap, 25% "
                    + "without MG, 35% with), P&A and MG recoupment, RNPP, authors' percentages and the producer's residual, "
                    + "with the rates valid on the release date. The version can then be edited like any other.")
    @APIResponse(responseCode = "201", description = "Created",
            headers = { @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WaterfallVersionDto.class)))
    public RestResponse<WaterfallVersionDto> createTheatricalFranceWaterfall(@PathParam("productionId") UUID productionId,
            @Valid @NotNull TheatricalFranceRequest request) {
        WaterfallVersionDto created = service.theatricalFrance(productionId, request);
        URI location = uriInfo.getBaseUriBuilder().path("productions").path(productionId.toString()).path("waterfalls")
                .path(created.id().toString()).build();
        return RestResponse.ResponseBuilder.<WaterfallVersionDto> created(location).entity(created)
                .header("ETag", Etags.of(created.version())).build();
    }
}
