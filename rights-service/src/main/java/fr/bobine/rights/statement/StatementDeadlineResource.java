package fr.bobine.rights.statement;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fr.bobine.platform.membership.Membership;
import fr.bobine.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;

@Path("/statement-deadlines")
@Tag(name = "Statements")
@Produces(MediaType.APPLICATION_JSON)
public class StatementDeadlineResource {

    @Inject
    StatementService service;

    @Inject
    Membership membership;

    @Inject
    SecurityIdentity identity;

    @GET
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.RIGHTS_MANAGER, Roles.ACCOUNTANT, Roles.AUDITOR })
    @Operation(operationId = "listStatementDeadlines", summary = "List statement deadlines",
            description = "For every waterfall version of the caller's productions (or one production's): each participant's next yearly statement and the "
                    + "distributor's first account 6 months after release, soonest first; overdueOnly lists the overdue ones.")
    public StatementDeadlineList listStatementDeadlines(
            @Parameter(description = "Only this production") @QueryParam("productionId") UUID productionId,
            @Parameter(description = "The day to judge by; today by default") @QueryParam("asOf") LocalDate asOf,
            @Parameter(description = "Only the overdue ones") @QueryParam("overdueOnly") boolean overdueOnly) {
        return service.deadlines(productionId, membership.visibleProductions(identity), asOf, overdueOnly);
    }
}
