package fr.bobine.crew.timesheet;

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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import fr.bobine.crew.person.PersonalDataRead;
import fr.bobine.platform.http.Etags;
import fr.bobine.platform.idempotency.IdempotencyKeys;
import fr.bobine.platform.problem.ProblemException;
import fr.bobine.platform.security.Roles;

@Path("/productions/{productionId}/contracts/{contractId}/timesheets")
@Tag(name = "Timesheets", description = "Daily statements, cachets and the weekly computation per agreement")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TimesheetResource {

    @Inject
    TimesheetService service;

    @Inject
    IdempotencyKeys idempotency;

    @Inject
    UriInfo uriInfo;

    @POST
    @RolesAllowed({ Roles.PAYROLL, Roles.PRODUCTION_MANAGER })
    @Operation(operationId = "submitTimesheet", summary = "Submit a week of a contract",
            description = "Validates the days (end after start, no overlap, quarter hours, 13-hour amplitude), computes night "
                    + "hours from the agreement's season windows and the week's premiums under the agreement, and stores it. "
                    + "Hours on a cancelled contract are 422; nothing is stored on any refusal.")
    @APIResponse(responseCode = "201", description = "Submitted and computed",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = TimesheetDto.class)))
    public RestResponse<TimesheetDto> submitTimesheet(@PathParam("productionId") UUID productionId,
            @PathParam("contractId") UUID contractId,
            @Parameter(in = ParameterIn.HEADER, description = "Retries with the same key replay the first response")
            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            @Valid @NotNull NewTimesheet request) {
        return idempotency.execute(idempotencyKey, "POST /productions/" + productionId + "/contracts/" + contractId + "/timesheets",
                request, TimesheetDto.class, () -> {
                    TimesheetDto t = service.submit(productionId, contractId, request);
                    URI location = uriInfo.getBaseUriBuilder().path("productions").path(productionId.toString()).path("contracts")
                            .path(contractId.toString()).path("timesheets").path(t.id().toString()).build();
                    return RestResponse.ResponseBuilder.<TimesheetDto> created(location).entity(t)
                            .header("ETag", Etags.of(t.version())).build();
                });
    }

    @GET
    @RolesAllowed({ Roles.PAYROLL, Roles.PRODUCTION_MANAGER, Roles.PRODUCER, Roles.ACCOUNTANT, Roles.AUDITOR })
    @PersonalDataRead
    @Operation(operationId = "listTimesheets", summary = "List a contract's weeks", description = "The contract's weeks in order.")
    public TimesheetList listTimesheets(@PathParam("productionId") UUID productionId, @PathParam("contractId") UUID contractId) {
        return new TimesheetList(service.list(productionId, contractId));
    }

    @GET
    @Path("/{timesheetId}")
    @RolesAllowed({ Roles.PAYROLL, Roles.PRODUCTION_MANAGER, Roles.PRODUCER, Roles.ACCOUNTANT, Roles.AUDITOR })
    @PersonalDataRead
    @Operation(operationId = "getTimesheet", summary = "Read one week", description = "The week with its days and computed lines.")
    public RestResponse<TimesheetDto> getTimesheet(@PathParam("productionId") UUID productionId,
            @PathParam("contractId") UUID contractId, @PathParam("timesheetId") UUID timesheetId) {
        TimesheetDto t = service.get(productionId, contractId, timesheetId)
                .orElseThrow(() -> ProblemException.notFound("timesheet", timesheetId));
        return RestResponse.ResponseBuilder.ok(t).header("ETag", Etags.of(t.version())).build();
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Path("/{timesheetId}/approval")
    @RolesAllowed({ Roles.PRODUCTION_MANAGER })
    @Operation(operationId = "approveTimesheet", summary = "Approve a week",
            description = "The production manager attests the week (CCN 3097 art. 29); publishes crew.timesheet.approved with "
                    + "the gross per component. Approving twice is 409; an Idempotency-Key replays the first answer.")
    public RestResponse<TimesheetDto> approveTimesheet(@PathParam("productionId") UUID productionId,
            @PathParam("contractId") UUID contractId, @PathParam("timesheetId") UUID timesheetId,
            @Parameter(in = ParameterIn.HEADER, description = "Retries with the same key replay the first response")
            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        return idempotency.execute(idempotencyKey, "POST /timesheets/" + timesheetId + "/approval", timesheetId.toString(),
                TimesheetDto.class, () -> {
                    TimesheetDto t = service.approve(productionId, contractId, timesheetId);
                    return RestResponse.ResponseBuilder.ok(t).header("ETag", Etags.of(t.version())).build();
                });
    }
}
