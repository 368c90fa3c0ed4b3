package fr.bobine.crew.timesheet;

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

@Path("/reference/weekly-work-limits")
@Tag(name = "Salary grids")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WeeklyWorkLimitResource {

    @Inject
    WeeklyWorkLimits limits;

    @Inject
    UriInfo uriInfo;

    @GET
    @RolesAllowed({ Roles.PAYROLL, Roles.PRODUCTION_MANAGER, Roles.PRODUCER, Roles.ACCOUNTANT, Roles.AUDITOR })
    @Operation(operationId = "listWeeklyWorkLimits", summary = "List the weekly work limits",
            description = "Per agreement and kind of staff, with validity: the rest a civil week must contain, the weekly maximum "
                    + "of effective hours and the maximum a derogation allows (C. trav. L3132-2, L3121-20; CCN 3097 art. 24-25; "
                    + "CCN 2642 VI.3.2), paginated. A submitted week crossing one is stored with a warning.")
    public WeeklyWorkLimitPage listWeeklyWorkLimits(@Valid @BeanParam PageRequest page) {
        return limits.page(page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.PAYROLL, Roles.PRODUCTION_MANAGER, Roles.PRODUCER, Roles.ACCOUNTANT, Roles.AUDITOR })
    @Operation(operationId = "getWeeklyWorkLimit", summary = "Read one set of weekly work limits",
            description = "One set of limits with its validity.")
    public WeeklyWorkLimitDto getWeeklyWorkLimit(@PathParam("id") UUID id) {
        return limits.get(id).orElseThrow(() -> ProblemException.notFound("weekly work limit", id));
    }

    @POST
    @RolesAllowed({ Roles.PAYROLL })
    @Operation(operationId = "createWeeklyWorkLimit", summary = "Add weekly work limits",
            description = "Limits in force from validFrom; the ones they replace (same agreement and staff) end the day before "
                    + "(409 when they start on or after that date). Hours are decimal strings above 0 and at most 168; a "
                    + "derogation maximum below the maximum is 400. Weeks submitted afterwards are checked against the limits in "
                    + "force on their first day.")
    @APIResponse(responseCode = "201", description = "Added",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WeeklyWorkLimitDto.class)))
    public RestResponse<WeeklyWorkLimitDto> createWeeklyWorkLimit(@Valid @NotNull NewWeeklyWorkLimit request) {
        WeeklyWorkLimitDto created = limits.add(request);
        URI location = uriInfo.getBaseUriBuilder().path(WeeklyWorkLimitResource.class).path(created.id().toString()).build();
        return RestResponse.ResponseBuilder.<WeeklyWorkLimitDto> created(location).entity(created).build();
    }
}
