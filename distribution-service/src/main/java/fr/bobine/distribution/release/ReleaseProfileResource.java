package fr.bobine.distribution.release;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import fr.bobine.platform.http.Etags;
import fr.bobine.platform.problem.ProblemException;
import fr.bobine.platform.security.Roles;

@Path("/productions/{productionId}/release-profile")
@Tag(name = "Release profile", description = "Country of origin and French release date of a production")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReleaseProfileResource {

    @Inject
    ReleaseProfiles profiles;

    @GET
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.DISTRIBUTION_MANAGER, Roles.RIGHTS_MANAGER,
            Roles.ACCOUNTANT, Roles.AUDITOR })
    @Operation(operationId = "getReleaseProfile", summary = "Read the release profile",
            description = "Country of origin and first French theatrical release, with the ETag to send in If-Match.")
    public RestResponse<ReleaseProfileDto> getReleaseProfile(@PathParam("productionId") UUID productionId) {
        ReleaseProfileDto dto = profiles.find(productionId)
                .orElseThrow(() -> ProblemException.notFound("release profile of production", productionId));
        return RestResponse.ResponseBuilder.ok(dto).header("ETag", Etags.of(dto.version())).build();
    }

    @PUT
    @RolesAllowed({ Roles.PRODUCER, Roles.DISTRIBUTION_MANAGER })
    @Operation(operationId = "putReleaseProfile", summary = "Set the release profile",
            description = "Creates the profile, or replaces it when If-Match names its current ETag (428 missing, 412 stale). "
                    + "An unknown country code is a 400.")
    public RestResponse<ReleaseProfileDto> putReleaseProfile(@PathParam("productionId") UUID productionId,
            @Parameter(in = ParameterIn.HEADER, description = "Needed to change an existing profile")
            @HeaderParam(Etags.IF_MATCH) String ifMatch,
            @Valid @NotNull ReleaseProfileInput input) {
        ReleaseProfileDto dto = profiles.put(productionId, ifMatch, input);
        return RestResponse.ResponseBuilder.ok(dto).header("ETag", Etags.of(dto.version())).build();
    }
}
