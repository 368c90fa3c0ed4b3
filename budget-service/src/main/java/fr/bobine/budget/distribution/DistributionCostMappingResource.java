package fr.bobine.budget.distribution;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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

/** Company-wide reference data, like the budget templates whose accounts it points to. */
@Path("/distribution-cost-mappings")
@Tag(name = "Distribution costs", description = "Festival and delivery costs booked from distribution-service")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DistributionCostMappingResource {

    @Inject
    DistributionCostService service;

    @GET
    @RolesAllowed({ Roles.ACCOUNTANT, Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.AUDITOR })
    @Operation(operationId = "listDistributionCostMappings", summary = "List the distribution cost mappings",
            description = "For each budget template, the devis account each category of distribution.cost.incurred is "
                    + "booked on (the first locked line under that account).")
    public DistributionCostMappingList listDistributionCostMappings() {
        return service.mappings();
    }

    @PUT
    @Path("/{templateCode}/{category}")
    @RolesAllowed({ Roles.ACCOUNTANT })
    @Operation(operationId = "putDistributionCostMapping", summary = "Map a distribution cost category to a devis account",
            description = "Creates or replaces the mapping; costs already booked stay where they are. 404 for an unknown "
                    + "template, 422 when the account is not one of the template's.")
    public DistributionCostMappingDto putDistributionCostMapping(@PathParam("templateCode") String templateCode,
            @PathParam("category") @Pattern(regexp = "^[A-Z][A-Z_]{0,39}$", message = "must be a category such as FESTIVAL_FEE")
            String category,
            @Valid @NotNull DistributionCostMappingInput input) {
        return service.put(templateCode, category, input);
    }
}
