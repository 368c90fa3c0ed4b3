package fr.bobine.rights.contract;

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
import jakarta.ws.rs.QueryParam;
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
import fr.bobine.platform.idempotency.IdempotencyKeys;
import fr.bobine.platform.problem.ProblemException;
import fr.bobine.platform.security.Roles;

@Path("/productions/{productionId}/rights-contracts")
@Tag(name = "Rights contracts", description = "Assignments and licences of rights in the production's works (chain of title)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ContractResource {

    @Inject
    ContractService service;

    @Inject
    IdempotencyKeys idempotency;

    @Inject
    UriInfo uriInfo;

    @POST
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.RIGHTS_MANAGER })
    @Operation(operationId = "createRightsContract", summary = "Draft a rights contract",
            description = "An assignment (cession de droits) or licence of one work from one holder: rights blocks (media x "
                    + "territory x language x term x exclusivity, holdbacks) and remuneration (flat fees in instalments, minimum "
                    + "guarantee, % of RNPP or of the public price, per ticket, admission bonuses). Created as a draft.")
    @APIResponse(responseCode = "201", description = "Drafted", headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RightsContractDto.class)))
    public RestResponse<RightsContractDto> createRightsContract(@PathParam("productionId") UUID productionId,
            @Parameter(in = ParameterIn.HEADER, description = "Retries with the same key replay the first response")
            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            @Valid @NotNull NewRightsContract request) {
        return idempotency.execute(idempotencyKey, "POST /productions/" + productionId + "/rights-contracts", request,
                RightsContractDto.class, () -> {
                    RightsContractDto contract = service.create(productionId, request);
                    URI location = uriInfo.getBaseUriBuilder().path("productions").path(productionId.toString())
                            .path("rights-contracts").path(contract.id().toString()).build();
                    return RestResponse.ResponseBuilder.<RightsContractDto> created(location).entity(contract)
                            .header("ETag", Etags.of(contract.version())).build();
                });
    }

    @GET
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.RIGHTS_MANAGER, Roles.AUDITOR })
    @Operation(operationId = "listRightsContracts", summary = "List the production's rights contracts",
            description = "Drafts and signed contracts, oldest first, optionally only those of one status or of one work; "
                    + "paginated with page and size.")
    public RightsContractPage listRightsContracts(@PathParam("productionId") UUID productionId,
            @Parameter(description = "DRAFT or SIGNED") @QueryParam("status") ContractStatus status,
            @Parameter(description = "Only the contracts of this work") @QueryParam("workId") UUID workId,
            @Valid @BeanParam PageRequest page) {
        return service.list(productionId, status, workId, page);
    }

    @GET
    @Path("/{contractId}")
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.RIGHTS_MANAGER, Roles.AUDITOR })
    @Operation(operationId = "getRightsContract", summary = "Read a rights contract",
            description = "The contract with its amounts due; the ETag header carries its version for signing.")
    @APIResponse(responseCode = "200", description = "The contract", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RightsContractDto.class)))
    public RestResponse<RightsContractDto> getRightsContract(@PathParam("productionId") UUID productionId,
            @PathParam("contractId") UUID contractId) {
        RightsContractDto contract = service.find(productionId, contractId)
                .orElseThrow(() -> ProblemException.notFound("rights contract", contractId));
        return RestResponse.ResponseBuilder.ok(contract).header("ETag", Etags.of(contract.version())).build();
    }

    @PUT
    @Path("/{contractId}")
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.RIGHTS_MANAGER })
    @Operation(operationId = "replaceRightsContract", summary = "Correct a draft rights contract",
            description = "Replaces the draft whole with the body of creation (If-Match with its ETag; 428 missing, 412 stale) and "
                    + "computes its amounts due again; the same validation as creation. A signed contract is 409: it is changed by "
                    + "amendment, not edited.")
    @APIResponse(responseCode = "200", description = "Replaced", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RightsContractDto.class)))
    public RestResponse<RightsContractDto> replaceRightsContract(@PathParam("productionId") UUID productionId,
            @PathParam("contractId") UUID contractId,
            @Parameter(in = ParameterIn.HEADER, required = true, description = "The contract's ETag") @HeaderParam(Etags.IF_MATCH) String ifMatch,
            @Valid @NotNull NewRightsContract request) {
        RightsContractDto replaced = service.replace(productionId, contractId, ifMatch, request);
        return RestResponse.ResponseBuilder.ok(replaced).header("ETag", Etags.of(replaced.version())).build();
    }

    @DELETE
    @Path("/{contractId}")
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.RIGHTS_MANAGER })
    @Operation(operationId = "deleteRightsContract", summary = "Delete a draft rights contract",
            description = "Deletes a draft (If-Match with its ETag; 428 missing, 412 stale). A signed contract is 409.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public RestResponse<Void> deleteRightsContract(@PathParam("productionId") UUID productionId, @PathParam("contractId") UUID contractId,
            @Parameter(in = ParameterIn.HEADER, required = true, description = "The contract's ETag") @HeaderParam(Etags.IF_MATCH) String ifMatch) {
        service.delete(productionId, contractId, ifMatch);
        return RestResponse.noContent();
    }

    @POST
    @Path("/{contractId}/signature")
    @RolesAllowed({ Roles.PRODUCER, Roles.RIGHTS_MANAGER })
    @Operation(operationId = "signRightsContract", summary = "Record the signature of a rights contract",
            description = "Marks the draft signed (If-Match with its ETag) and publishes rights.contract.signed with the amounts due "
                    + "and the budget line (chapter 1, Droits artistiques). A contract already signed is 409.")
    @APIResponse(responseCode = "200", description = "Signed", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RightsContractDto.class)))
    public RestResponse<RightsContractDto> signRightsContract(@PathParam("productionId") UUID productionId,
            @PathParam("contractId") UUID contractId,
            @Parameter(in = ParameterIn.HEADER, required = true, description = "The contract's ETag") @HeaderParam(Etags.IF_MATCH) String ifMatch,
            @Valid @NotNull ContractSignature signature) {
        RightsContractDto signed = service.sign(productionId, contractId, ifMatch, signature);
        return RestResponse.ResponseBuilder.ok(signed).header("ETag", Etags.of(signed.version())).build();
    }
}
