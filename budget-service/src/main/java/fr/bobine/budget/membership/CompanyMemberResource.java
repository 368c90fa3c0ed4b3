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

/**
 * Grants of a production-scoped role on every production of the company: the payroll officer who handles all the
 * films, the head of sales or of rights who works across the catalogue.
 */
@Path("/company-members")
@Tag(name = "Membership", description = "Who may see and act on which production")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CompanyMemberResource {

    @Inject
    MembershipService service;

    @Inject
    UriInfo uriInfo;

    @POST
    @RolesAllowed(Roles.PRODUCER)
    @Operation(operationId = "addCompanyMember", summary = "Give a user roles on every production",
            description = "Publishes production.member.granted without a production. 409 when the user has such a grant already.")
    @APIResponse(responseCode = "201", description = "Granted",
            headers = { @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MemberDto.class)))
    public RestResponse<MemberDto> addCompanyMember(@Valid @NotNull MemberInput input) {
        MemberDto member = service.grant(null, input);
        URI location = uriInfo.getAbsolutePathBuilder().path(member.id().toString()).build();
        return RestResponse.ResponseBuilder.<MemberDto> created(location).entity(member)
                .header("ETag", Etags.of(member.version())).build();
    }

    @GET
    @RolesAllowed({ Roles.PRODUCER, Roles.AUDITOR })
    @Operation(operationId = "listCompanyMembers", summary = "The users with roles on every production", description = "By user, paginated.")
    public MemberPage listCompanyMembers(@Valid @BeanParam PageRequest page) {
        return service.list(null, page);
    }

    @GET
    @Path("/{memberId}")
    @RolesAllowed({ Roles.PRODUCER, Roles.AUDITOR })
    @Operation(operationId = "getCompanyMember", summary = "One grant on every production, with its ETag")
    public RestResponse<MemberDto> getCompanyMember(@PathParam("memberId") UUID memberId) {
        MemberDto member = service.get(null, memberId);
        return RestResponse.ResponseBuilder.ok(member).header("ETag", Etags.of(member.version())).build();
    }

    @PUT
    @Path("/{memberId}")
    @RolesAllowed(Roles.PRODUCER)
    @Operation(operationId = "changeCompanyMemberRoles", summary = "Change the roles a user holds on every production",
            description = "Needs If-Match: 412 stale, 428 missing. Publishes production.member.granted.")
    public RestResponse<MemberDto> changeCompanyMemberRoles(@PathParam("memberId") UUID memberId,
            @Parameter(in = ParameterIn.HEADER, required = true, description = "The ETag read with the grant")
            @HeaderParam(Etags.IF_MATCH) String ifMatch,
            @Valid @NotNull MemberRoles roles) {
        MemberDto member = service.changeRoles(null, memberId, ifMatch, roles);
        return RestResponse.ResponseBuilder.ok(member).header("ETag", Etags.of(member.version())).build();
    }

    @DELETE
    @Path("/{memberId}")
    @RolesAllowed(Roles.PRODUCER)
    @Operation(operationId = "removeCompanyMember", summary = "Withdraw a grant on every production",
            description = "Needs If-Match: 412 stale, 428 missing. Publishes production.member.revoked.")
    @APIResponse(responseCode = "204", description = "Withdrawn")
    public void removeCompanyMember(@PathParam("memberId") UUID memberId,
            @Parameter(in = ParameterIn.HEADER, required = true, description = "The ETag read with the grant")
            @HeaderParam(Etags.IF_MATCH) String ifMatch) {
        service.revoke(null, memberId, ifMatch);
    }
}
