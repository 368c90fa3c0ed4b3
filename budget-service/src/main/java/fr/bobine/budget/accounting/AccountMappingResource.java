package fr.bobine.budget.accounting;

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

/** The mapping is the company's chart of accounts, shared by its productions like the budget templates. */
@Path("/account-mappings")
@Tag(name = "Accounting", description = "Journal entries and the FEC export")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountMappingResource {

    @Inject
    JournalService service;

    @GET
    @RolesAllowed({ Roles.ACCOUNTANT, Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.AUDITOR })
    @Operation(operationId = "listAccountMappings", summary = "List the chart-of-accounts mapping",
            description = "Each CNC budget account or chapter with the PCG account its costs are posted to; an account "
                    + "without a mapping of its own uses its closest parent's.")
    public AccountMappingList listAccountMappings() {
        return service.mappings();
    }

    @PUT
    @Path("/{budgetAccountCode}")
    @RolesAllowed({ Roles.ACCOUNTANT })
    @Operation(operationId = "putAccountMapping", summary = "Map a budget account to a PCG account",
            description = "Creates or replaces the mapping of a budget account or chapter; entries already generated "
                    + "keep their accounts.")
    public AccountMappingDto putAccountMapping(
            @PathParam("budgetAccountCode") @Pattern(regexp = "^[0-9A-Za-z.]{1,12}$", message = "must be a budget account code") String budgetAccountCode,
            @Valid @NotNull AccountMappingInput input) {
        return service.putMapping(budgetAccountCode, input);
    }
}
