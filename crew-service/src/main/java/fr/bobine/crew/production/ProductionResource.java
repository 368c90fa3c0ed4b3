package fr.bobine.crew.production;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fr.bobine.platform.problem.ProblemException;
import fr.bobine.platform.security.Roles;

@Path("/productions")
@Tag(name = "Productions", description = "Read-only copy of the productions owned by budget-service")
@Produces(MediaType.APPLICATION_JSON)
public class ProductionResource {

    @GET
    @Path("/{productionId}")
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.PAYROLL, Roles.ACCOUNTANT, Roles.AUDITOR })
    @Operation(operationId = "getProduction", summary = "Read crew-service's copy of a production",
            description = "The production as crew-service last received it from budget-service's events.")
    public ProductionView getProduction(@PathParam("productionId") UUID productionId) {
        return ProductionCopy.<ProductionCopy> findByIdOptional(productionId).map(ProductionCopy::toView)
                .orElseThrow(() -> ProblemException.notFound("production", productionId));
    }
}
