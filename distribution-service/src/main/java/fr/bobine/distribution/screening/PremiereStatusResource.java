package fr.bobine.distribution.screening;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fr.bobine.distribution.territory.Countries;
import fr.bobine.platform.problem.ProblemException;
import fr.bobine.platform.security.Roles;

@Path("/productions/{productionId}/premiere-status")
@Tag(name = "Screenings and premieres", description = "The append-only screening log, premiere status and festival premiere rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PremiereStatusResource {

    @Inject
    ScreeningLog log;

    @GET
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.DISTRIBUTION_MANAGER, Roles.RIGHTS_MANAGER, Roles.AUDITOR })
    @Operation(operationId = "getPremiereStatus", summary = "Premieres the film can still claim",
            description = "World, international, European and national premieres (per country asked, plus the country of "
                    + "origin), derived from the public screenings of the log; never stored.")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PremiereStatusView.class)))
    @APIResponse(responseCode = "422", description = "The production has no release profile (country of origin, release date) yet",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public PremiereStatusView getPremiereStatus(@PathParam("productionId") UUID productionId,
            @Parameter(description = "ISO 3166-1 alpha-2 countries to report a national premiere for") @QueryParam("country") List<String> countries) {
        for (String c : countries) {
            if (!Countries.isKnown(c)) {
                throw ProblemException.badRequest("country", "'" + c + "' is not an ISO 3166-1 alpha-2 country code");
            }
        }
        return log.premiereStatus(productionId, countries);
    }
}
