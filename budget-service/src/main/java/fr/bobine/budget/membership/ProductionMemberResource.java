package fr.bobine.budget.membership;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import fr.bobine.platform.http.Etags;
import fr.bobine.platform.http.PageRequest;
import fr.bobine.platform.security.Roles;

/** Who works on a production, with which roles: the producer decides; every service enforces it (README, Security). */
@Path("/productions/{productionId}/members")
@Tag(name = "Membership", description = "Who may see and act on which production")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProductionMemberResource {

    @Inject
    MembershipService service;

    @Inject
    UriInfo uriInfo;

    @POST
    @RolesAllowed(Roles.PRODUCER)
    @Operation(operationId = "addProductionMember", summary = "Make a user a member of the production",
            description = "Gives the user production-scoped roles on this production and publishes production.member.granted; "
                    + "every service lets them in within moments. 409 when they are a member already.")
    @APIResponse(responseCode = "201", description = "Granted",
            headers = { @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MemberDto.class)))
    public RestResponse<MemberDto> addProductionMember(@PathParam("productionId") UUID productionId,
            @Valid @NotNull MemberInput input) {
        MemberDto member = service.grant(productionId, input);
        URI location = uriInfo.getAbsolutePathBuilder().path(member.id().toString()).build();
        return RestResponse.ResponseBuilder.<MemberDto> created(location).entity(member)
                .header("ETag", Etags.of(member.version())).build();
    }

    @GET
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.ACCOUNTANT, Roles.PAYROLL, Roles.RIGHTS_MANAGER,
            Roles.DISTRIBUTION_MANAGER, Roles.AUDITOR })
    @Operation(operationId = "listProductionMembers", summary = "The members of a production",
            description = "By user, paginated. The users with a company-wide role or grant are not listed: see /company-members.")
    public MemberPage listProductionMembers(@PathParam("productionId") UUID productionId, @Valid @BeanParam PageRequest page) {
        return service.list(productionId, page);
    }

    @GET
    @Path("/{memberId}")
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.ACCOUNTANT, Roles.PAYROLL, Roles.RIGHTS_MANAGER,
            Roles.DISTRIBUTION_MANAGER, Roles.AUDITOR })
    @Operation(operationId = "getProductionMember", summary = "One member of a production, with its ETag")
    public RestResponse<MemberDto> getProductionMember(@PathParam("productionId") UUID productionId,
            @PathParam("memberId") UUID memberId) {
        MemberDto member = service.get(productionId, memberId);
        return RestResponse.ResponseBuilder.ok(member).header("ETag", Etags.of(member.version())).build();
    }

    @PUT
    @Path("/{memberId}")
    @RolesAllowed(Roles.PRODUCER)
    @Operation(operationId = "changeProductionMemberRoles", summary = "Change a member's roles on the production",
            description = "Needs If-Match: 412 stale, 428 missing. Publishes production.member.granted.")
    public RestResponse<MemberDto> changeProductionMemberRoles(@PathParam("productionId") UUID productionId,
            @PathParam("memberId") UUID memberId,
            @Parameter(in = ParameterIn.HEADER, required = true, description = "The ETag read with the member")
            @HeaderParam(Etags.IF_MATCH) String ifMatch,
            @Valid @NotNull MemberRoles roles) {
        MemberDto member = service.changeRoles(productionId, memberId, ifMatch, roles);
        return RestResponse.ResponseBuilder.ok(member).header("ETag", Etags.of(member.version())).build();
    }

    @DELETE
    @Path("/{memberId}")
    @RolesAllowed(Roles.PRODUCER)
    @Operation(operationId = "removeProductionMember", summary = "Take a user off the production",
            description = "Needs If-Match: 412 stale, 428 missing. Publishes production.member.revoked; the production then "
                    + "answers 404 to them in every service.")
    @APIResponse(responseCode = "204", description = "Removed")
    public void removeProductionMember(@PathParam("productionId") UUID productionId, @PathParam("memberId") UUID memberId,
            @Parameter(in = ParameterIn.HEADER, required = true, description = "The ETag read with the member")
            @HeaderParam(Etags.IF_MATCH) String ifMatch) {
        service.revoke(productionId, memberId, ifMatch);
    }
}
