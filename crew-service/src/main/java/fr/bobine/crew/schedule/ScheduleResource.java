package fr.bobine.crew.schedule;

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
import fr.bobine.platform.idempotency.IdempotencyKeys;
import fr.bobine.platform.problem.ProblemException;
import fr.bobine.platform.security.Roles;

@Path("/productions/{productionId}/schedule-versions")
@Tag(name = "Shooting schedule", description = "The plan de travail in versions: shooting days built from the breakdown's scenes, "
        + "moves with their consequences, rests under the agreements, comparison, publication and planned labour")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ScheduleResource {

    @Inject
    ScheduleService service;

    @Inject
    PlannedLabourService plannedLabour;

    @Inject
    IdempotencyKeys idempotency;

    @Inject
    UriInfo uriInfo;

    @POST
    @RolesAllowed({ Roles.PRODUCTION_MANAGER, Roles.PRODUCER })
    @Operation(operationId = "createScheduleVersion", summary = "Start a version of the shooting schedule",
            description = "A draft numbered after the last version, empty or a copy of the days and scenes of copyOf (a version of "
                    + "this production, else 400).")
    @APIResponse(responseCode = "201", description = "Created", headers = {
            @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScheduleVersionDto.class)))
    public RestResponse<ScheduleVersionDto> createScheduleVersion(@PathParam("productionId") UUID productionId,
            @Valid @NotNull NewScheduleVersion request) {
        ScheduleVersionDto created = service.create(productionId, request);
        URI location = uriInfo.getBaseUriBuilder().path("productions").path(productionId.toString()).path("schedule-versions")
                .path(created.id().toString()).build();
        return RestResponse.ResponseBuilder.<ScheduleVersionDto> created(location).entity(created)
                .header("ETag", Etags.of(created.version())).build();
    }

    @GET
    @RolesAllowed({ Roles.PRODUCTION_MANAGER, Roles.PRODUCER, Roles.PAYROLL, Roles.ACCOUNTANT, Roles.AUDITOR })
    @Operation(operationId = "listScheduleVersions", summary = "List the versions of the shooting schedule",
            description = "Newest first, with their status (one PUBLISHED at most), number of days and first and last day.")
    public ScheduleVersionPage listScheduleVersions(@PathParam("productionId") UUID productionId, @Valid @BeanParam PageRequest page) {
        return service.list(productionId, page);
    }

    @GET
    @Path("/{versionId}")
    @RolesAllowed({ Roles.PRODUCTION_MANAGER, Roles.PRODUCER, Roles.PAYROLL, Roles.ACCOUNTANT, Roles.AUDITOR })
    @Operation(operationId = "getScheduleVersion", summary = "Read a version of the shooting schedule",
            description = "Its days with their scenes, pages and sets, the days of each cast member, set changes, and the rests "
                    + "between a person's wrap and next call shorter than their agreement asks. The ETag header carries its version.")
    @APIResponse(responseCode = "200", description = "Found", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScheduleVersionDto.class)))
    public RestResponse<ScheduleVersionDto> getScheduleVersion(@PathParam("productionId") UUID productionId,
            @PathParam("versionId") UUID versionId) {
        ScheduleVersionDto v = service.get(productionId, versionId);
        return RestResponse.ResponseBuilder.ok(v).header("ETag", Etags.of(v.version())).build();
    }

    @PUT
    @Path("/{versionId}/days")
    @RolesAllowed({ Roles.PRODUCTION_MANAGER, Roles.PRODUCER })
    @Operation(operationId = "replaceShootingDays", summary = "Set the shooting days of a draft",
            description = "Replaces all its days (If-Match with the version's ETag). Nothing is stored when: a scene is scheduled "
                    + "twice (422 scene-scheduled-twice), a scene is not of this production (400), two days share a date or times are "
                    + "not in quarter hours (400), a day spans more than 13 hours for someone called (422 amplitude-exceeded, CCN 3097 "
                    + "art. 27), or someone's rest between wrap and next call falls below what their agreement allows (422 "
                    + "daily-rest-refused: under 9 hours, C. trav. D3131-6, or a third shortened rest in a week under CCN 2642 "
                    + "VI.3.1.2). Shorter rests the agreement allows come back as WARNING findings (CCN 3097 art. 35: the hours "
                    + "cutting into the 11 hours are paid +100 %). A published version is 409.")
    @APIResponse(responseCode = "200", description = "Stored", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScheduleVersionDto.class)))
    public RestResponse<ScheduleVersionDto> replaceShootingDays(@PathParam("productionId") UUID productionId,
            @PathParam("versionId") UUID versionId,
            @Parameter(in = ParameterIn.HEADER, required = true, description = "The version's ETag") @HeaderParam(Etags.IF_MATCH) String ifMatch,
            @Valid @NotNull ShootingDaysInput input) {
        ScheduleVersionDto v = service.replaceDays(productionId, versionId, ifMatch, input);
        return RestResponse.ResponseBuilder.ok(v).header("ETag", Etags.of(v.version())).build();
    }

    @POST
    @Path("/{versionId}/scene-moves/preview")
    @RolesAllowed({ Roles.PRODUCTION_MANAGER, Roles.PRODUCER })
    @Operation(operationId = "previewSceneMove", summary = "Show what moving a scene would change",
            description = "Nothing is stored: the schedule before and after the move compared (days, pages, set changes, the cast "
                    + "members whose days change) and the rests of those people after it; refused is true when one would fall below "
                    + "what their agreement allows. A date without a shooting day or a scene not scheduled in the version is 422.")
    public SceneMoveResult previewSceneMove(@PathParam("productionId") UUID productionId, @PathParam("versionId") UUID versionId,
            @Valid @NotNull SceneMoveInput move) {
        return service.previewMove(productionId, versionId, move);
    }

    @POST
    @Path("/{versionId}/scene-moves")
    @RolesAllowed({ Roles.PRODUCTION_MANAGER, Roles.PRODUCER })
    @Operation(operationId = "moveScene", summary = "Move a scene to another shooting day",
            description = "Moves the scene in a draft (If-Match with the version's ETag) and answers its consequences, as the "
                    + "preview shows them; the ETag header carries the version after the move. A move that would bring someone's "
                    + "rest below what their agreement allows is 422 daily-rest-refused and nothing is stored.")
    @APIResponse(responseCode = "200", description = "Moved", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SceneMoveResult.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public RestResponse<SceneMoveResult> moveScene(@PathParam("productionId") UUID productionId, @PathParam("versionId") UUID versionId,
            @Parameter(in = ParameterIn.HEADER, required = true, description = "The version's ETag") @HeaderParam(Etags.IF_MATCH) String ifMatch,
            @Valid @NotNull SceneMoveInput move) {
        SceneMoveResult result = service.move(productionId, versionId, ifMatch, move);
        return RestResponse.ResponseBuilder.ok(result).header("ETag", Etags.of(result.version())).build();
    }

    @GET
    @Path("/{versionId}/comparison")
    @RolesAllowed({ Roles.PRODUCTION_MANAGER, Roles.PRODUCER, Roles.PAYROLL, Roles.ACCOUNTANT, Roles.AUDITOR })
    @Operation(operationId = "compareScheduleVersions", summary = "Compare a version with another",
            description = "What changes from version from to this one: scenes moved, added and removed, days added, removed or "
                    + "changed, the cast members whose days change, and days, set changes and pages before and after.")
    public ScheduleComparisonDto compareScheduleVersions(@PathParam("productionId") UUID productionId,
            @PathParam("versionId") UUID versionId,
            @Parameter(description = "The version compared from", required = true) @QueryParam("from") UUID from) {
        if (from == null) {
            throw ProblemException.badRequest("from", "the version to compare from is required");
        }
        return service.compare(productionId, versionId, from);
    }

    @POST
    @Path("/{versionId}/publication")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({ Roles.PRODUCTION_MANAGER, Roles.PRODUCER })
    @Operation(operationId = "publishScheduleVersion", summary = "Publish a version of the shooting schedule",
            description = "The draft (If-Match with its ETag) becomes the plan the office works to; the version published before is "
                    + "superseded; its planned labour, week by week and contract by contract, is sent to budget-service "
                    + "(crew.labour.planned) as the estimate to complete of the labour lines. An empty version is 422, a rest below "
                    + "what an agreement allows is 422 daily-rest-refused, a version already published is 409. An "
                    + "Idempotency-Key replays the first answer.")
    @APIResponse(responseCode = "200", description = "Published", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScheduleVersionDto.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public RestResponse<ScheduleVersionDto> publishScheduleVersion(@PathParam("productionId") UUID productionId,
            @PathParam("versionId") UUID versionId,
            @Parameter(in = ParameterIn.HEADER, required = true, description = "The version's ETag") @HeaderParam(Etags.IF_MATCH) String ifMatch,
            @Parameter(in = ParameterIn.HEADER, description = "Retries with the same key replay the first response")
            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        return idempotency.execute(idempotencyKey, "POST /productions/" + productionId + "/schedule-versions/" + versionId
                + "/publication", versionId.toString(), ScheduleVersionDto.class, () -> {
                    ScheduleVersionDto v = service.publish(productionId, versionId, ifMatch);
                    return RestResponse.ResponseBuilder.ok(v).header("ETag", Etags.of(v.version())).build();
                });
    }

    @GET
    @Path("/{versionId}/planned-labour")
    @RolesAllowed({ Roles.PRODUCTION_MANAGER, Roles.PRODUCER, Roles.PAYROLL, Roles.ACCOUNTANT, Roles.AUDITOR })
    @Operation(operationId = "getPlannedLabour", summary = "Planned hours and labour cost of a version",
            description = "Week by week (Monday to Sunday) and contract by contract: the planned days (a technician from their call "
                    + "to their wrap less the meal break, an artist a cachet), hours, night hours and the gross computed with the "
                    + "timesheets' rules (overtime, night, Sunday, rest encroachment, long days, the agreement's week); people called "
                    + "without a signed contract are listed as uncosted.")
    public PlannedLabourDto getPlannedLabour(@PathParam("productionId") UUID productionId, @PathParam("versionId") UUID versionId) {
        return plannedLabour.of(productionId, versionId);
    }
}
