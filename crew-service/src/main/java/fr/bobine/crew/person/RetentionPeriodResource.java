package fr.bobine.crew.person;

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

@Path("/reference/retention-periods")
@Tag(name = "People", description = "Technicians and artists, with encrypted personal data")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RetentionPeriodResource {

    @Inject
    PersonRetentionService service;

    @Inject
    UriInfo uriInfo;

    @GET
    @RolesAllowed({ Roles.PAYROLL, Roles.ACCOUNTANT, Roles.AUDITOR })
    @Operation(operationId = "listRetentionPeriods", summary = "List retention periods",
            description = "How many years records of each kind are kept after the last of them (PAYROLL_RECORDS: a person's "
                    + "payroll records, 5 years, C. trav. L3243-4 and R1221-26), with their validity, paginated.")
    public RetentionPeriodPage listRetentionPeriods(@Valid @BeanParam PageRequest page) {
        return service.periods(page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.PAYROLL, Roles.ACCOUNTANT, Roles.AUDITOR })
    @Operation(operationId = "getRetentionPeriod", summary = "Read one retention period", description = "One period with its validity.")
    public RetentionPeriodDto getRetentionPeriod(@PathParam("id") UUID id) {
        return service.period(id).orElseThrow(() -> ProblemException.notFound("retention period", id));
    }

    @POST
    @RolesAllowed({ Roles.PAYROLL })
    @Operation(operationId = "createRetentionPeriod", summary = "Add a retention period",
            description = "A new period in force from its validFrom date; the one it replaces (same code) ends the day before.")
    @APIResponse(responseCode = "201", description = "Added",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RetentionPeriodDto.class)))
    public RestResponse<RetentionPeriodDto> createRetentionPeriod(@Valid @NotNull NewRetentionPeriod request) {
        RetentionPeriodDto created = service.addPeriod(request);
        URI location = uriInfo.getBaseUriBuilder().path(RetentionPeriodResource.class).path(created.id().toString()).build();
        return RestResponse.ResponseBuilder.<RetentionPeriodDto> created(location).entity(created).build();
    }
}
