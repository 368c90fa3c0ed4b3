package fr.bobine.distribution.revenue;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import fr.bobine.distribution.revenue.RevenueDtos.NewRevenueReport;
import fr.bobine.distribution.revenue.RevenueDtos.OverdueReport;
import fr.bobine.distribution.revenue.RevenueDtos.ReportSource;
import fr.bobine.distribution.revenue.RevenueDtos.RevenueReportDto;
import fr.bobine.distribution.revenue.RevenueDtos.RevenueReportPage;
import fr.bobine.platform.http.PageRequest;
import fr.bobine.platform.idempotency.IdempotencyKeys;
import fr.bobine.platform.problem.ProblemException;
import fr.bobine.platform.security.Roles;

@Path("/productions/{productionId}/revenue-reports")
@Tag(name = "Revenue reports", description = "Statements from distributors and broadcasters: box office by cinema week, TV, VOD, sales")
@Produces(MediaType.APPLICATION_JSON)
public class RevenueReportResource {

    @Inject
    RevenueReports reports;

    @Inject
    IdempotencyKeys idempotency;

    @Inject
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.DISTRIBUTION_MANAGER, Roles.ACCOUNTANT, Roles.PRODUCER })
    @Operation(operationId = "createRevenueReport", summary = "Enter a revenue report",
            description = "Lines by media and territory; THEATRICAL lines by French cinema week (a weekStart that is not a "
                    + "Wednesday is a 400). Publishes distribution.revenue.reported; the same Idempotency-Key replays the "
                    + "first answer and publishes nothing more.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RevenueReportDto.class)))
    public RestResponse<RevenueReportDto> createRevenueReport(@PathParam("productionId") UUID productionId,
            @Parameter(in = ParameterIn.HEADER, description = "Retries with the same key replay the first response")
            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            @Valid @NotNull NewRevenueReport request) {
        return idempotency.execute(idempotencyKey, "POST /productions/" + productionId + "/revenue-reports", request,
                RevenueReportDto.class, () -> created(productionId, reports.report(productionId, request, ReportSource.API)));
    }

    @POST
    @Path("/import")
    @Consumes("text/csv")
    @RolesAllowed({ Roles.DISTRIBUTION_MANAGER, Roles.ACCOUNTANT, Roles.PRODUCER })
    @Operation(operationId = "importRevenueReport", summary = "Import a revenue report from CSV",
            description = "Header media,territory,week_start,admissions,gross_receipts,currency. All or nothing: the first bad "
                    + "row refuses the whole file (400 naming the row and the reason) and nothing is stored.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RevenueReportDto.class)))
    public RestResponse<RevenueReportDto> importRevenueReport(@PathParam("productionId") UUID productionId,
            @Parameter(required = true) @QueryParam("reporter") @NotBlank String reporter,
            @Parameter(required = true) @QueryParam("periodStart") @NotNull LocalDate periodStart,
            @Parameter(required = true) @QueryParam("periodEnd") @NotNull LocalDate periodEnd,
            @QueryParam("contractId") UUID contractId,
            @Parameter(description = "Day received; today by default") @QueryParam("receivedOn") LocalDate receivedOn,
            @Parameter(in = ParameterIn.HEADER, description = "Retries with the same key replay the first response")
            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            @NotNull String csv) {
        String operation = "POST /productions/" + productionId + "/revenue-reports/import?" + reporter + "&" + periodStart + "&"
                + periodEnd + "&" + contractId + "&" + receivedOn;
        return idempotency.execute(idempotencyKey, operation, csv, RevenueReportDto.class, () -> created(productionId,
                reports.importCsv(productionId, csv, contractId, reporter, periodStart, periodEnd, receivedOn)));
    }

    @GET
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.DISTRIBUTION_MANAGER, Roles.RIGHTS_MANAGER,
            Roles.ACCOUNTANT, Roles.AUDITOR })
    @Operation(operationId = "listRevenueReports", summary = "List revenue reports",
            description = "Latest period first, optionally of one contract; paginated.")
    public RevenueReportPage listRevenueReports(@PathParam("productionId") UUID productionId,
            @QueryParam("contractId") UUID contractId, @Valid @BeanParam PageRequest page) {
        return reports.list(productionId, contractId, page);
    }

    @GET
    @Path("/overdue")
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.DISTRIBUTION_MANAGER, Roles.RIGHTS_MANAGER,
            Roles.ACCOUNTANT, Roles.AUDITOR })
    @Operation(operationId = "listOverdueReports", summary = "Contracts whose account is overdue",
            description = "Signed contracts with no account since it fell due: the first within 6 months of the French release "
                    + "(or the contract's shorter frequency), then at least yearly (Code du cinéma L213-28).")
    public OverdueReportList listOverdueReports(@PathParam("productionId") UUID productionId,
            @Parameter(description = "Day to judge on; today by default") @QueryParam("on") LocalDate on) {
        return new OverdueReportList(reports.overdue(productionId, on == null ? LocalDate.now(RevenueReports.PARIS) : on));
    }

    @GET
    @Path("/{reportId}")
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.DISTRIBUTION_MANAGER, Roles.RIGHTS_MANAGER,
            Roles.ACCOUNTANT, Roles.AUDITOR })
    @Operation(operationId = "getRevenueReport", summary = "Read a revenue report", description = "One report with its lines and total.")
    public RevenueReportDto getRevenueReport(@PathParam("productionId") UUID productionId, @PathParam("reportId") UUID reportId) {
        return reports.find(productionId, reportId).orElseThrow(() -> ProblemException.notFound("revenue report", reportId));
    }

    private RestResponse<RevenueReportDto> created(UUID productionId, RevenueReportDto dto) {
        URI location = uriInfo.getBaseUriBuilder().path("productions").path(productionId.toString()).path("revenue-reports")
                .path(dto.id().toString()).build();
        return RestResponse.ResponseBuilder.<RevenueReportDto> created(location).entity(dto).build();
    }
}
