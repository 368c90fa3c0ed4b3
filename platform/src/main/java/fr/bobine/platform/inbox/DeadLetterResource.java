package fr.bobine.platform.inbox;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fr.bobine.platform.http.PageRequest;
import fr.bobine.platform.security.Roles;

/** Admin view of the events this service parked, and a way to apply one again once its cause is fixed. */
@Path("/admin/dead-letters")
@Tag(name = "Admin", description = "Operations on the event plumbing")
@Produces(MediaType.APPLICATION_JSON)
public class DeadLetterResource {

    @Inject
    DeadLetters deadLetters;

    @Inject
    DeadLetterRetry retry;

    @GET
    // company-wide roles only: parked events hold every production's data
    @RolesAllowed({ Roles.PRODUCER, Roles.AUDITOR })
    @Operation(operationId = "listDeadLetters", summary = "List parked events",
            description = "Events this service could not apply (bad payload, unknown version), with the reason, oldest first.")
    public DeadLetterPage listDeadLetters(@Valid @BeanParam PageRequest page) {
        long total = deadLetters.count();
        return new DeadLetterPage(deadLetters.list(page.offset(), page.size), page.page, page.size, total,
                page.totalPages(total), page.nextPage(total));
    }

    @POST
    @Path("/{id}/retry")
    @RolesAllowed(Roles.PRODUCER)
    @Operation(operationId = "retryDeadLetter", summary = "Apply a parked event again",
            description = "Applies the parked event through the inbox (a seen id changes nothing); it leaves the list when it applies.")
    public DeadLetterEvent retryDeadLetter(@PathParam("id") @Min(1) @Max(Long.MAX_VALUE) long id) {
        return retry.retry(id);
    }
}
