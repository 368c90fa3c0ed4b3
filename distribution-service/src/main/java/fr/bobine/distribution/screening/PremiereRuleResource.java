package fr.bobine.distribution.screening;

import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import fr.bobine.platform.security.Roles;

@Path("/premiere-rules")
@Tag(name = "Screenings and premieres", description = "The append-only screening log, premiere status and festival premiere rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PremiereRuleResource {

    @Inject
    PremiereRules rules;

    @GET
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.DISTRIBUTION_MANAGER, Roles.RIGHTS_MANAGER, Roles.AUDITOR })
    @Operation(operationId = "listPremiereRules", summary = "List festival premiere rules",
            description = "Every dated version of the rules, or only those in force on the date given.")
    public PremiereRuleList listPremiereRules(@Parameter(description = "Only the versions in force on this date")
            @QueryParam("on") LocalDate on) {
        return new PremiereRuleList(rules.list(on));
    }

    @POST
    @RolesAllowed({ Roles.PRODUCER, Roles.DISTRIBUTION_MANAGER })
    @Operation(operationId = "addPremiereRule", summary = "Add a dated version of a premiere rule",
            description = "Festivals change their regulations by edition: a new version may not overlap another version of the same code (409) "
                    + "and is used for festivals opening within its validity.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PremiereRuleDto.class)))
    public RestResponse<PremiereRuleDto> addPremiereRule(@Valid @NotNull PremiereRuleDto input) {
        return RestResponse.ResponseBuilder.<PremiereRuleDto> create(RestResponse.Status.CREATED).entity(rules.add(input)).build();
    }
}
