package fr.bobine.crew.grid;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestResponse;

import fr.bobine.platform.http.PageRequest;
import fr.bobine.platform.problem.ProblemException;
import fr.bobine.platform.security.Roles;

@Path("/reference")
@Tag(name = "Salary grids", description = "Positions, salary minima and employer rates, dated reference data")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GridResource {

    @Inject
    GridService service;

    @Inject
    UriInfo uriInfo;

    @GET
    @Path("/positions")
    @RolesAllowed({ Roles.PAYROLL, Roles.PRODUCTION_MANAGER, Roles.PRODUCER, Roles.ACCOUNTANT, Roles.AUDITOR })
    @Operation(operationId = "listPositions", summary = "List positions",
            description = "The positions of the classifications, optionally of one agreement.")
    public PositionList listPositions(@QueryParam("agreement") Agreement agreement) {
        return new PositionList(service.positions(agreement));
    }

    @POST
    @Path("/positions")
    @ResponseStatus(201)
    @RolesAllowed({ Roles.PAYROLL })
    @Operation(operationId = "createPosition", summary = "Add a position", description = "Adds a position to an agreement's classification; 409 if the code exists.")
    @APIResponse(responseCode = "201", description = "Added",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = PositionDto.class)))
    public PositionDto createPosition(@Valid @NotNull PositionDto request) {
        return service.createPosition(request);
    }

    @GET
    @Path("/positions/{code}/salary-minimums")
    @RolesAllowed({ Roles.PAYROLL, Roles.PRODUCTION_MANAGER, Roles.PRODUCER, Roles.ACCOUNTANT, Roles.AUDITOR })
    @Operation(operationId = "listSalaryMinimums", summary = "List a position's minima",
            description = "Every minimum of the position with its validity period.")
    public SalaryMinimumList listSalaryMinimums(@PathParam("code") String code) {
        service.position(code).orElseThrow(() -> ProblemException.notFound("position", code));
        return new SalaryMinimumList(service.minimums(code));
    }

    @POST
    @Path("/salary-minimums")
    @ResponseStatus(201)
    @RolesAllowed({ Roles.PAYROLL })
    @Operation(operationId = "createSalaryMinimum", summary = "Add a salary minimum",
            description = "A new minimum in force from its validFrom date; the minimum it replaces ends the day before.")
    @APIResponse(responseCode = "201", description = "Added",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = SalaryMinimumDto.class)))
    public SalaryMinimumDto createSalaryMinimum(@Valid @NotNull NewSalaryMinimum request) {
        return service.addMinimum(request);
    }

    @GET
    @Path("/employer-cost-rates")
    @RolesAllowed({ Roles.PAYROLL, Roles.PRODUCTION_MANAGER, Roles.PRODUCER, Roles.ACCOUNTANT, Roles.AUDITOR })
    @Operation(operationId = "listEmployerCostRates", summary = "List employer cost rates",
            description = "The employer contribution rates used to estimate the employer cost of a contract, with validity.")
    public EmployerCostRateList listEmployerCostRates() {
        return new EmployerCostRateList(service.employerRates());
    }

    @POST
    @Path("/employer-cost-rates")
    @ResponseStatus(201)
    @RolesAllowed({ Roles.PAYROLL, Roles.ACCOUNTANT })
    @Operation(operationId = "createEmployerCostRate", summary = "Add an employer cost rate",
            description = "A new rate in force from validFrom; the previous rate of the same code ends the day before.")
    @APIResponse(responseCode = "201", description = "Added",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = EmployerCostRateDto.class)))
    public EmployerCostRateDto createEmployerCostRate(@Valid @NotNull NewEmployerCostRate request) {
        return service.addEmployerRate(request);
    }

    @GET
    @Path("/pay-guarantees")
    @RolesAllowed({ Roles.PAYROLL, Roles.PRODUCTION_MANAGER, Roles.PRODUCER, Roles.ACCOUNTANT, Roles.AUDITOR })
    @Operation(operationId = "listPayGuarantees", summary = "List pay guarantees",
            description = "The hours each agreement guarantees to pay to a weekly or a day engagement even when fewer are "
                    + "worked (CCN 3097 art. 16, 25, 26, 34; 2642 IV.2.1), with their validity, paginated.")
    public PayGuaranteePage listPayGuarantees(@Valid @BeanParam PageRequest page) {
        return service.guarantees(page);
    }

    @GET
    @Path("/pay-guarantees/{id}")
    @RolesAllowed({ Roles.PAYROLL, Roles.PRODUCTION_MANAGER, Roles.PRODUCER, Roles.ACCOUNTANT, Roles.AUDITOR })
    @Operation(operationId = "getPayGuarantee", summary = "Read one pay guarantee", description = "One guarantee with its validity.")
    public PayGuaranteeDto getPayGuarantee(@PathParam("id") UUID id) {
        return service.guarantee(id).orElseThrow(() -> ProblemException.notFound("pay guarantee", id));
    }

    @POST
    @Path("/pay-guarantees")
    @RolesAllowed({ Roles.PAYROLL })
    @Operation(operationId = "createPayGuarantee", summary = "Add a pay guarantee",
            description = "A new guarantee in force from its validFrom date; the one it replaces (same agreement and "
                    + "engagement) ends the day before. Timesheets submitted afterwards are computed with the guarantee in "
                    + "force on their week's first day.")
    @APIResponse(responseCode = "201", description = "Added",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PayGuaranteeDto.class)))
    public RestResponse<PayGuaranteeDto> createPayGuarantee(@Valid @NotNull NewPayGuarantee request) {
        PayGuaranteeDto created = service.addGuarantee(request);
        URI location = uriInfo.getBaseUriBuilder().path("reference").path("pay-guarantees").path(created.id().toString()).build();
        return RestResponse.ResponseBuilder.<PayGuaranteeDto> created(location).entity(created).build();
    }
}
