package fr.bobine.crew.timesheet;

import java.time.LocalDate;
import java.time.ZoneId;
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

import fr.bobine.crew.person.PersonalDataRead;
import fr.bobine.platform.security.Roles;

@Path("/people/{personId}/intermittent-hours")
@Tag(name = "Timesheets", description = "Daily statements, cachets and the weekly computation per agreement")
@Produces(MediaType.APPLICATION_JSON)
public class IntermittentHoursResource {

    @Inject
    TimesheetService service;

    @GET
    @RolesAllowed({ Roles.PAYROLL, Roles.PRODUCTION_MANAGER, Roles.AUDITOR })
    @PersonalDataRead
    @Operation(operationId = "getIntermittentHours", summary = "Hours and cachets over 12 months",
            description = "Approved hours and cachets of the person over the 12 months ending on 'until' (default today), "
                    + "cachets counted 12 hours, against the 507-hour threshold of annexes VIII and X.")
    public IntermittentHoursDto getIntermittentHours(@PathParam("personId") UUID personId,
            @Parameter(description = "Last day of the 12 months, default today") @QueryParam("until") LocalDate until) {
        return service.twelveMonths(personId, until == null ? LocalDate.now(ZoneId.of("Europe/Paris")) : until);
    }
}
