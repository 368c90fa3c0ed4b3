package fr.bobine.distribution.window;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fr.bobine.distribution.window.MediaWindowDtos.ProductionWindows;
import fr.bobine.platform.security.Roles;

@Path("/productions/{productionId}/media-windows")
@Tag(name = "Media windows", description = "The French media chronology as dated reference data")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProductionWindowResource {

    @Inject
    MediaWindows windows;

    @GET
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.DISTRIBUTION_MANAGER, Roles.RIGHTS_MANAGER,
            Roles.ACCOUNTANT, Roles.AUDITOR })
    @Operation(operationId = "getProductionMediaWindows", summary = "Opening date of each window for a production",
            description = "Each window of the accord in force on the French release date, with its opening date. 422 when the "
                    + "production has no release date yet.")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProductionWindows.class)))
    @APIResponse(responseCode = "422", description = "The production has no release profile (country of origin, release date) yet",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public ProductionWindows getProductionMediaWindows(@PathParam("productionId") UUID productionId) {
        return windows.forProduction(productionId);
    }
}
