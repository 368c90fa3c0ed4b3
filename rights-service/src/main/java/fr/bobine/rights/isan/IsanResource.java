package fr.bobine.rights.isan;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fr.bobine.platform.problem.ProblemException;
import fr.bobine.platform.security.Roles;

@Path("/productions/{productionId}/isan")
@Tag(name = "ISAN", description = "The production's International Standard Audiovisual Number")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IsanResource {

    @Inject
    IsanService service;

    @PUT
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.RIGHTS_MANAGER })
    @Operation(operationId = "registerIsan", summary = "Register the production's ISAN",
            description = "Stores the ISAN (root, episode, optional V-ISAN version) after checking both ISO 7064 MOD 37,36 check "
                    + "characters; a wrong check character is 400 and nothing is stored.")
    public IsanDto registerIsan(@PathParam("productionId") UUID productionId, @Valid @NotNull NewIsan request) {
        return service.register(productionId, request);
    }

    @GET
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.RIGHTS_MANAGER, Roles.DISTRIBUTION_MANAGER, Roles.AUDITOR })
    @Operation(operationId = "getIsan", summary = "Read the production's ISAN", description = "404 when none is registered.")
    public IsanDto getIsan(@PathParam("productionId") UUID productionId) {
        return service.find(productionId).orElseThrow(() -> ProblemException.notFound("ISAN of production", productionId));
    }
}
