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
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fr.bobine.platform.security.Roles;

@Path("/productions/{productionId}/cue-sheets/{cueSheetId}/availability")
@Tag(name = "Availability", description = "Whether a right can still be licensed, from rights acquired and licences granted")
@Produces(MediaType.APPLICATION_JSON)
public class CueAvailabilityResource {

    @Inject
    AvailabilityService service;

    @GET
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.RIGHTS_MANAGER, Roles.DISTRIBUTION_MANAGER, Roles.AUDITOR })
    @Operation(operationId = "checkCueAvailability", summary = "May every music cue be used in this exploitation?",
            description = "Cue by cue, from the signed licences of the music work each cue is linked to (a cue's licence is "
                    + "often limited to some media and territories): which cues are cleared for the media, territory, "
                    + "language and term asked, and every reason a cue is not (no work linked, no signed licence, a media, "
                    + "territory or day the licences do not cover). Availability for the film as a whole is .../availability.")
    public CueAvailability checkCueAvailability(@PathParam("productionId") UUID productionId,
            @PathParam("cueSheetId") UUID cueSheetId,
            @Parameter(description = "Medium", required = true) @QueryParam("media") RightsMedia media,
            @Parameter(description = "ISO 3166-1 alpha-2 territory, or WW", required = true) @QueryParam("territory") @Size(max = 2) String territory,
            @Parameter(description = "ISO 639-1 language; absent for any") @QueryParam("language") @Size(max = 3) String language,
            @Parameter(description = "First day of the exploitation", required = true) @QueryParam("from") LocalDate from,
            @Parameter(description = "Last day of the exploitation", required = true) @QueryParam("to") LocalDate to,
            @Parameter(description = "Whether the exploitation needs the cues exclusively") @QueryParam("exclusive") boolean exclusive) {
        return service.checkCues(productionId, cueSheetId, new AvailabilityQuery(media, territory, language, from, to, exclusive));
    }
}
