package fr.bobine.crew.schedule;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fr.bobine.platform.problem.ProblemException;
import fr.bobine.platform.security.Roles;

@Path("/productions/{productionId}/contracts/{contractId}/planned-timesheet")
@Tag(name = "Timesheets")
@Produces(MediaType.APPLICATION_JSON)
public class PlannedTimesheetResource {

    @Inject
    PlannedLabourService plannedLabour;

    @GET
    @RolesAllowed({ Roles.PAYROLL, Roles.PRODUCTION_MANAGER, Roles.PRODUCER, Roles.ACCOUNTANT, Roles.AUDITOR })
    @Operation(operationId = "getPlannedTimesheet", summary = "A week pre-filled from the shooting schedule",
            description = "The contract's days of the week starting on weekStart as the published schedule plans them (a "
                    + "technician's call, wrap and meal break; an artist's cachet): the crew member or the production corrects them "
                    + "and submits weekStart and days as the week's timesheet. No published schedule is 422.")
    public PlannedTimesheetDto getPlannedTimesheet(@PathParam("productionId") UUID productionId,
            @PathParam("contractId") UUID contractId,
            @Parameter(description = "First day of the pay week, ISO 8601", required = true) @QueryParam("weekStart") LocalDate weekStart) {
        if (weekStart == null) {
            throw ProblemException.badRequest("weekStart", "the first day of the week is required");
        }
        return plannedLabour.plannedTimesheet(productionId, contractId, weekStart);
    }
}
