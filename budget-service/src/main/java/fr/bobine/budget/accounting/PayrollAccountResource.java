package fr.bobine.budget.accounting;

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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fr.bobine.platform.security.Roles;

/** The credit side of the payroll entry is part of the company's chart of accounts, like the expense mapping. */
@Path("/payroll-accounts")
@Tag(name = "Accounting", description = "Journal entries and the FEC export")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PayrollAccountResource {

    @Inject
    JournalService service;

    @GET
    @RolesAllowed({ Roles.ACCOUNTANT, Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.AUDITOR })
    @Operation(operationId = "listPayrollAccounts", summary = "List the payroll credit accounts",
            description = "The PCG accounts the payroll entry credits: GROSS (salaries due, 421 by default) and CHARGES "
                    + "(social security, 431 by default).")
    public PayrollAccountList listPayrollAccounts() {
        return service.payrollAccounts();
    }

    @PUT
    @Path("/{kind}")
    @RolesAllowed({ Roles.ACCOUNTANT })
    @Operation(operationId = "putPayrollAccount", summary = "Change a payroll credit account",
            description = "Replaces the PCG account credited for gross salaries or for charges; entries already posted keep "
                    + "their accounts.")
    public PayrollAccountDto putPayrollAccount(
            @Parameter(description = "GROSS or CHARGES") @PathParam("kind") PayrollAccountKind kind,
            @Valid @NotNull PayrollAccountInput input) {
        return service.putPayrollAccount(kind, input);
    }
}
