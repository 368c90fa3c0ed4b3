package fr.bobine.rights.cuesheet;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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

@Path("/productions/{productionId}/cue-sheets")
@Tag(name = "Cue sheets", description = "Music cue sheets for SACEM, per production or per episode")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CueSheetResource {

    @Inject
    CueSheetService service;

    @Inject
    UriInfo uriInfo;

    @POST
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.RIGHTS_MANAGER })
    @Operation(operationId = "createCueSheet", summary = "Draw up a cue sheet",
            description = "The cues with their identifiers, origin, use, timecodes and parties. Refused with every violation when "
                    + "shares do not sum to 100% per right type, a cue ends before it starts, cues overlap on a track, the music is "
                    + "longer than the programme or an ISWC, ISRC or IPI is malformed. One cue sheet per production or episode (409).")
    @APIResponse(responseCode = "201", description = "Drawn up", headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CueSheetDto.class)))
    public RestResponse<CueSheetDto> createCueSheet(@PathParam("productionId") UUID productionId, @Valid @NotNull NewCueSheet request) {
        CueSheetDto sheet = service.create(productionId, request);
        URI location = uriInfo.getBaseUriBuilder().path("productions").path(productionId.toString()).path("cue-sheets")
                .path(sheet.id().toString()).build();
        return RestResponse.ResponseBuilder.<CueSheetDto> created(location).entity(sheet).header("ETag", Etags.of(sheet.version())).build();
    }

    @GET
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.RIGHTS_MANAGER, Roles.AUDITOR })
    @Operation(operationId = "listCueSheets", summary = "List the production's cue sheets", description = "The film's, or one per episode.")
    public CueSheetList listCueSheets(@PathParam("productionId") UUID productionId) {
        return service.list(productionId);
    }

    @GET
    @Path("/{cueSheetId}")
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.RIGHTS_MANAGER, Roles.AUDITOR })
    @Operation(operationId = "getCueSheet", summary = "Read a cue sheet", description = "The cue sheet; the ETag header carries its version.")
    @APIResponse(responseCode = "200", description = "The cue sheet", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CueSheetDto.class)))
    public RestResponse<CueSheetDto> getCueSheet(@PathParam("productionId") UUID productionId, @PathParam("cueSheetId") UUID cueSheetId) {
        CueSheetDto sheet = service.find(productionId, cueSheetId).orElseThrow(() -> ProblemException.notFound("cue sheet", cueSheetId));
        return RestResponse.ResponseBuilder.ok(sheet).header("ETag", Etags.of(sheet.version())).build();
    }

    @POST
    @Path("/{cueSheetId}/finalization")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({ Roles.PRODUCER, Roles.RIGHTS_MANAGER })
    @Operation(operationId = "finalizeCueSheet", summary = "Finalise a cue sheet",
            description = "Validates the cue sheet again, freezes it (If-Match with its ETag) and publishes rights.cuesheet.finalized. "
                    + "Already finalised is 409.")
    @APIResponse(responseCode = "200", description = "Finalised", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CueSheetDto.class)))
    public RestResponse<CueSheetDto> finalizeCueSheet(@PathParam("productionId") UUID productionId, @PathParam("cueSheetId") UUID cueSheetId,
            @Parameter(in = ParameterIn.HEADER, required = true, description = "The cue sheet's ETag") @HeaderParam(Etags.IF_MATCH) String ifMatch) {
        CueSheetDto sheet = service.finalizeSheet(productionId, cueSheetId, ifMatch);
        return RestResponse.ResponseBuilder.ok(sheet).header("ETag", Etags.of(sheet.version())).build();
    }

    @GET
    @Path("/{cueSheetId}/csv")
    @Produces("text/csv")
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.RIGHTS_MANAGER, Roles.AUDITOR })
    @Operation(operationId = "exportCueSheetCsv", summary = "Export a cue sheet as CSV",
            description = "The header, then one line per party of each cue (title, ISWC, ISRC, origin, use, timecodes, duration, role, IPI, society, shares).")
    @APIResponse(responseCode = "200", description = "The CSV file",
            headers = @Header(name = "Content-Disposition", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<String> exportCueSheetCsv(@PathParam("productionId") UUID productionId, @PathParam("cueSheetId") UUID cueSheetId) {
        CueSheetDto sheet = service.find(productionId, cueSheetId).orElseThrow(() -> ProblemException.notFound("cue sheet", cueSheetId));
        String name = "cue-sheet-" + (sheet.episodeNumber() == null ? "" : "ep" + sheet.episodeNumber() + "-") + cueSheetId + ".csv";
        return RestResponse.ResponseBuilder.ok(service.csv(sheet), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }
}
