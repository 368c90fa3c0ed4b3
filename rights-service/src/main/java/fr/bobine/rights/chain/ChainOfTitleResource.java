package fr.bobine.rights.chain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fr.bobine.platform.security.Roles;
import fr.bobine.rights.availability.RightsMedia;

@Path("/productions/{productionId}/chain-of-title")
@Tag(name = "Chain of title", description = "Who granted the production which rights in each work, and what is missing")
@Produces(MediaType.APPLICATION_JSON)
public class ChainOfTitleResource {

    @Inject
    ChainOfTitleService service;

    @GET
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.RIGHTS_MANAGER, Roles.AUDITOR })
    @Operation(operationId = "getChainOfTitle", summary = "Assess the chain of title",
            description = "Every work with the contracts that cover it and the gaps: a work with no contract, a needed media x "
                    + "territory no contract grants, a term ending before the planned release, a missing signature.")
    public ChainOfTitleReport getChainOfTitle(@PathParam("productionId") UUID productionId,
            @Parameter(description = "Planned release date; terms must reach it") @QueryParam("plannedRelease") LocalDate plannedRelease,
            @Parameter(description = "Media the planned exploitation needs (repeatable)") @QueryParam("media") List<RightsMedia> media,
            @Parameter(description = "Territories the planned exploitation needs, ISO 3166-1 alpha-2 or WW (repeatable)")
            @QueryParam("territory") List<String> territories) {
        return service.chain(productionId, plannedRelease, media == null ? List.of() : media,
                territories == null ? List.of() : territories);
    }
}
