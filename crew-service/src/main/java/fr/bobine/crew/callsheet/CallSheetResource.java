package fr.bobine.crew.callsheet;

import java.net.URI;
import java.time.LocalDate;
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
import fr.bobine.platform.security.Roles;

@Path("/productions/{productionId}/call-sheets")
@Tag(name = "Call sheets", description = "Feuilles de service: per shooting day, who is called where and when, scenes, transport, "
        + "meals and emergency contacts; PDF; sent once, a late change is a new version that says who must be told")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CallSheetResource {

    @Inject
    CallSheetService service;

    @Inject
    UriInfo uriInfo;

    @POST
    @RolesAllowed({ Roles.PRODUCTION_MANAGER, Roles.PRODUCER })
    @Operation(operationId = "createCallSheet", summary = "Prepare the call sheet of a shooting day",
            description = "Generated from the published schedule (the day's scenes, sets and times), the signed contracts covering "
                    + "the day (technicians; the cast of the day's scenes) with each department's call from the production-office "
                    + "settings, and the transport, meals, notes and individual calls given. A draft, version 1 of the day or, "
                    + "once a version was sent, the next one with the changes and who must be told. No published schedule or no "
                    + "shooting day that date is 422, a draft of the day already there 409, an individual call before the end of "
                    + "the rest the agreement allows 422 daily-rest-refused.")
    @APIResponse(responseCode = "201", description = "Prepared", headers = {
            @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CallSheetDto.class)))
    public RestResponse<CallSheetDto> createCallSheet(@PathParam("productionId") UUID productionId, @Valid @NotNull CallSheetInput input) {
        CallSheetDto created = service.create(productionId, input);
        URI location = uriInfo.getBaseUriBuilder().path("productions").path(productionId.toString()).path("call-sheets")
                .path(created.id().toString()).build();
        return RestResponse.ResponseBuilder.<CallSheetDto> created(location).entity(created).header("ETag", Etags.of(created.version()))
                .build();
    }

    @GET
    @RolesAllowed({ Roles.PRODUCTION_MANAGER, Roles.PRODUCER, Roles.PAYROLL, Roles.ACCOUNTANT, Roles.AUDITOR })
    @Operation(operationId = "listCallSheets", summary = "List the call sheets", description = "By date then version, of one day with date.")
    public CallSheetPage listCallSheets(@PathParam("productionId") UUID productionId,
            @Parameter(description = "Only the call sheets of this shooting day") @QueryParam("date") LocalDate date,
            @Valid @BeanParam PageRequest page) {
        return service.list(productionId, date, page);
    }

    @GET
    @Path("/{callSheetId}")
    @RolesAllowed({ Roles.PRODUCTION_MANAGER, Roles.PRODUCER, Roles.PAYROLL, Roles.ACCOUNTANT, Roles.AUDITOR })
    @Operation(operationId = "getCallSheet", summary = "Read a call sheet", description = "The ETag header carries its version.")
    @APIResponse(responseCode = "200", description = "Found", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CallSheetDto.class)))
    public RestResponse<CallSheetDto> getCallSheet(@PathParam("productionId") UUID productionId, @PathParam("callSheetId") UUID callSheetId) {
        CallSheetDto sheet = service.get(productionId, callSheetId);
        return RestResponse.ResponseBuilder.ok(sheet).header("ETag", Etags.of(sheet.version())).build();
    }

    @PUT
    @Path("/{callSheetId}")
    @RolesAllowed({ Roles.PRODUCTION_MANAGER, Roles.PRODUCER })
    @Operation(operationId = "replaceCallSheet", summary = "Prepare a draft call sheet again",
            description = "Generated again from the schedule as published now, with these details (If-Match with its ETag). The "
                    + "date does not change (400); a sent call sheet is 409: prepare the next version instead.")
    @APIResponse(responseCode = "200", description = "Prepared again", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CallSheetDto.class)))
    public RestResponse<CallSheetDto> replaceCallSheet(@PathParam("productionId") UUID productionId,
            @PathParam("callSheetId") UUID callSheetId,
            @Parameter(in = ParameterIn.HEADER, required = true, description = "The call sheet's ETag") @HeaderParam(Etags.IF_MATCH) String ifMatch,
            @Valid @NotNull CallSheetInput input) {
        CallSheetDto sheet = service.replace(productionId, callSheetId, ifMatch, input);
        return RestResponse.ResponseBuilder.ok(sheet).header("ETag", Etags.of(sheet.version())).build();
    }

    @POST
    @Path("/{callSheetId}/sending")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({ Roles.PRODUCTION_MANAGER, Roles.PRODUCER })
    @Operation(operationId = "sendCallSheet", summary = "Send a call sheet",
            description = "Freezes the draft (If-Match with its ETag) and publishes crew.callsheet.sent with everyone called and, for "
                    + "a late change, who must be told and why. Already sent is 409.")
    @APIResponse(responseCode = "200", description = "Sent", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CallSheetDto.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public RestResponse<CallSheetDto> sendCallSheet(@PathParam("productionId") UUID productionId, @PathParam("callSheetId") UUID callSheetId,
            @Parameter(in = ParameterIn.HEADER, required = true, description = "The call sheet's ETag") @HeaderParam(Etags.IF_MATCH) String ifMatch) {
        CallSheetDto sheet = service.send(productionId, callSheetId, ifMatch);
        return RestResponse.ResponseBuilder.ok(sheet).header("ETag", Etags.of(sheet.version())).build();
    }

    @GET
    @Path("/{callSheetId}/call-sheet.pdf")
    @Produces("application/pdf")
    @RolesAllowed({ Roles.PRODUCTION_MANAGER, Roles.PRODUCER, Roles.PAYROLL, Roles.ACCOUNTANT, Roles.AUDITOR })
    @Operation(operationId = "downloadCallSheetPdf", summary = "Print a call sheet",
            description = "The call sheet as the crew reads it, in French, A4: day, calls, locations with address and nearest "
                    + "hospital, scenes, cast and crew with their calls, transport, meals, emergency contacts and, for a late "
                    + "change, who must be told.")
    @APIResponse(responseCode = "200", description = "The PDF file",
            headers = @Header(name = "Content-Disposition", description = "attachment; filename=\"call-sheet-<date>-v<number>.pdf\"",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public RestResponse<byte[]> downloadCallSheetPdf(@PathParam("productionId") UUID productionId,
            @PathParam("callSheetId") UUID callSheetId) {
        CallSheetDto sheet = service.get(productionId, callSheetId);
        return RestResponse.ResponseBuilder.ok(CallSheetPdf.of(sheet), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"call-sheet-" + sheet.date() + "-v" + sheet.number() + ".pdf\"")
                .build();
    }
}
