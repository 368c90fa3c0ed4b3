package fr.bobine.rights.availability;

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

import fr.bobine.platform.security.Roles;

@Path("/productions/{productionId}/availability")
@Tag(name = "Availability", description = "Whether a right can still be licensed, from rights acquired and licences granted")
@Produces(MediaType.APPLICATION_JSON)
public class AvailabilityResource {

    @Inject
    AvailabilityService service;

    @GET
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.RIGHTS_MANAGER, Roles.DISTRIBUTION_MANAGER, Roles.AUDITOR })
    @Operation(operationId = "checkAvailability", summary = "Can we license this right?",
            description = "Answers from the rights every work's signed contracts grant upstream, minus the licences distribution "
                    + "contracts granted downstream and their holdbacks; when the answer is no, every reason is listed.")
    public AvailabilityAnswer checkAvailability(@PathParam("productionId") UUID productionId,
            @Parameter(description = "Medium", required = true) @QueryParam("media") RightsMedia media,
            @Parameter(description = "ISO 3166-1 alpha-2 territory, or WW", required = true) @QueryParam("territory") String territory,
            @Parameter(description = "ISO 639-1 language; absent for any") @QueryParam("language") String language,
            @Parameter(description = "First day of the licence", required = true) @QueryParam("from") LocalDate from,
            @Parameter(description = "Last day of the licence", required = true) @QueryParam("to") LocalDate to,
            @Parameter(description = "Whether the licence would be exclusive") @QueryParam("exclusive") boolean exclusive) {
        return service.check(productionId, new AvailabilityQuery(media, territory, language, from, to, exclusive));
    }
}
