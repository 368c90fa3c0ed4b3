package fr.bobine.crew.schedule;


import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

import fr.bobine.platform.security.Roles;

@Path("/reference/daily-rest-rules")
@Tag(name = "Salary grids")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DailyRestRuleResource {

    @Inject
    DailyRestRules rules;

    @GET
    @RolesAllowed({ Roles.PAYROLL, Roles.PRODUCTION_MANAGER, Roles.PRODUCER, Roles.ACCOUNTANT, Roles.AUDITOR })
    @Operation(operationId = "listDailyRestRules", summary = "List the daily-rest rules",
            description = "Per agreement and kind of staff, with validity: the rest asked between a wrap and the next call, the "
                    + "floor below which the schedule refuses a call, the shortened rests a week allows and the premium of the "
                    + "hours that cut into the rest.")
    public DailyRestRuleList listDailyRestRules() {
        return new DailyRestRuleList(rules.all());
    }

    @POST
    @ResponseStatus(201)
    @RolesAllowed({ Roles.PAYROLL })
    @Operation(operationId = "createDailyRestRule", summary = "Add a daily-rest rule",
            description = "A rule in force from validFrom; the rule it replaces ends the day before (409 when one starts on or after "
                    + "that date). A floor above the rest is 400.")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DailyRestRuleDto.class)))
    public DailyRestRuleDto createDailyRestRule(@Valid @NotNull NewDailyRestRule request) {
        return rules.add(request);
    }
}
