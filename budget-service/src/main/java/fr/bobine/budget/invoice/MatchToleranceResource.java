package fr.bobine.budget.invoice;

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

import fr.bobine.platform.security.Roles;

@Path("/productions/{productionId}/match-tolerance")
@Tag(name = "Invoices", description = "Supplier invoices and their three-way match")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MatchToleranceResource {

    @Inject
    InvoiceService service;

    @GET
    @RolesAllowed({ Roles.ACCOUNTANT, Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.AUDITOR })
    @Operation(operationId = "getMatchTolerance", summary = "Read the three-way match tolerance",
            description = "The tolerance of the production; zero (exact match) until the accountant sets one.")
    public ToleranceDto getMatchTolerance(@PathParam("productionId") UUID productionId) {
        return service.tolerance(productionId);
    }

    @PUT
    @RolesAllowed({ Roles.ACCOUNTANT })
    @Operation(operationId = "putMatchTolerance", summary = "Set the three-way match tolerance",
            description = "An amount and a rate of the order (a fraction: 0.01 is 1 %); an invoice passes when its excess is within both.")
    public ToleranceDto putMatchTolerance(@PathParam("productionId") UUID productionId, @Valid @NotNull ToleranceInput input) {
        return service.putTolerance(productionId, input);
    }
}
