package fr.bobine.distribution.contract;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import fr.bobine.distribution.contract.ContractDtos.AmendmentDto;
import fr.bobine.distribution.contract.ContractDtos.AmendmentPage;
import fr.bobine.distribution.contract.ContractDtos.ContractDto;
import fr.bobine.distribution.contract.ContractDtos.ContractPage;
import fr.bobine.distribution.contract.ContractDtos.ContractSignature;
import fr.bobine.distribution.contract.ContractDtos.InstalmentReceipt;
import fr.bobine.distribution.contract.ContractDtos.NewAmendment;
import fr.bobine.distribution.contract.ContractDtos.NewContract;
import fr.bobine.platform.http.Etags;
import fr.bobine.platform.http.PageRequest;
import fr.bobine.platform.idempotency.IdempotencyKeys;
import fr.bobine.platform.problem.ProblemException;
import fr.bobine.platform.security.Roles;

@Path("/productions/{productionId}/contracts")
@Tag(name = "Distribution contracts", description = "Distribution and sales contracts: rights blocks, MG and instalments, commission")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ContractResource {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Inject
    Contracts contracts;

    @Inject
    IdempotencyKeys idempotency;

    @Inject
    UriInfo uriInfo;

    @POST
    @RolesAllowed({ Roles.PRODUCER, Roles.DISTRIBUTION_MANAGER })
    @Operation(operationId = "createContract", summary = "Create a draft distribution or sales contract",
            description = "Rights blocks, minimum guarantee split into instalments by percentage (the amounts add up to the MG "
                    + "exactly), commission, expense cap, reporting frequency. The answer lists the rights that open before "
                    + "their French media chronology window.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContractDto.class)))
    public RestResponse<ContractDto> createContract(@PathParam("productionId") UUID productionId,
            @Parameter(in = ParameterIn.HEADER, description = "Retries with the same key replay the first response")
            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            @Valid @NotNull NewContract request) {
        return idempotency.execute(idempotencyKey, "POST /productions/" + productionId + "/contracts", request,
                ContractDto.class, () -> {
                    ContractDto created = contracts.create(productionId, request);
                    URI location = uriInfo.getBaseUriBuilder().path("productions").path(productionId.toString())
                            .path("contracts").path(created.id().toString()).build();
                    return RestResponse.ResponseBuilder.<ContractDto> created(location).entity(created)
                            .header("ETag", Etags.of(created.version())).build();
                });
    }

    @GET
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.DISTRIBUTION_MANAGER, Roles.RIGHTS_MANAGER,
            Roles.ACCOUNTANT, Roles.AUDITOR })
    @Operation(operationId = "listContracts", summary = "List the production's contracts",
            description = "Contracts in creation order, paginated with page and size.")
    public ContractPage listContracts(@PathParam("productionId") UUID productionId, @Valid @BeanParam PageRequest page) {
        return contracts.list(productionId, page);
    }

    @GET
    @Path("/{contractId}")
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.DISTRIBUTION_MANAGER, Roles.RIGHTS_MANAGER,
            Roles.ACCOUNTANT, Roles.AUDITOR })
    @Operation(operationId = "getContract", summary = "Read a contract",
            description = "The contract with its instalments, window warnings and ETag.")
    public RestResponse<ContractDto> getContract(@PathParam("productionId") UUID productionId,
            @PathParam("contractId") UUID contractId) {
        ContractDto dto = contracts.find(productionId, contractId)
                .orElseThrow(() -> ProblemException.notFound("contract", contractId));
        return RestResponse.ResponseBuilder.ok(dto).header("ETag", Etags.of(dto.version())).build();
    }

    @POST
    @Path("/{contractId}/signature")
    @RolesAllowed({ Roles.PRODUCER, Roles.DISTRIBUTION_MANAGER })
    @Operation(operationId = "signContract", summary = "Sign a contract",
            description = "Needs If-Match (428 missing, 412 stale). On-signature instalments fall due. Publishes "
                    + "distribution.contract.signed and distribution.mg.instalment.fell-due; signing twice is a 409, a retry "
                    + "with the same Idempotency-Key replays the first answer.")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContractDto.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public RestResponse<ContractDto> signContract(@PathParam("productionId") UUID productionId,
            @PathParam("contractId") UUID contractId,
            @Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam(Etags.IF_MATCH) String ifMatch,
            @Parameter(in = ParameterIn.HEADER, description = "Retries with the same key replay the first response")
            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            @Valid @NotNull ContractSignature signature) {
        return idempotency.execute(idempotencyKey, "POST /productions/" + productionId + "/contracts/" + contractId
                + "/signature", signature, ContractDto.class, () -> {
                    ContractDto dto = contracts.sign(productionId, contractId, ifMatch, signature);
                    return RestResponse.ResponseBuilder.ok(dto).header("ETag", Etags.of(dto.version())).build();
                });
    }
    @POST
    @Path("/{contractId}/amendments")
    @RolesAllowed({ Roles.PRODUCER, Roles.DISTRIBUTION_MANAGER })
    @Operation(operationId = "amendContract", summary = "Amend a signed contract (avenant)",
            description = "A signed contract changes only by an amendment: the body states the terms as amended (rights "
                    + "blocks, MG, commission, expense cap, reporting), the amendment keeps the terms before and after. "
                    + "Needs If-Match on the contract (428 missing, 412 stale). A changed MG keeps what has fallen due and "
                    + "spreads the rest over the instalments still scheduled, or makes it due at the amendment's signature "
                    + "when none is left. Publishes distribution.contract.amended (and distribution.mg.instalment.fell-due "
                    + "for an instalment due at once). 409 for a draft; 422 when nothing changes, or the MG is removed or "
                    + "goes below what has fallen due. Idempotency-Key makes retries safe.")
    @APIResponse(responseCode = "201", description = "Amended",
            headers = @Header(name = "Location", description = "The amendment", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AmendmentDto.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public RestResponse<AmendmentDto> amendContract(@PathParam("productionId") UUID productionId,
            @PathParam("contractId") UUID contractId,
            @Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam(Etags.IF_MATCH) String ifMatch,
            @Parameter(in = ParameterIn.HEADER, description = "Retries with the same key replay the first response")
            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            @Valid @NotNull NewAmendment amendment) {
        return idempotency.execute(idempotencyKey, "POST /productions/" + productionId + "/contracts/" + contractId
                + "/amendments", amendment, AmendmentDto.class, () -> {
                    AmendmentDto created = contracts.amend(productionId, contractId, ifMatch, amendment);
                    URI location = uriInfo.getBaseUriBuilder().path("productions").path(productionId.toString())
                            .path("contracts").path(contractId.toString()).path("amendments").path(created.id().toString()).build();
                    return RestResponse.ResponseBuilder.<AmendmentDto> created(location).entity(created).build();
                });
    }

    @GET
    @Path("/{contractId}/amendments")
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.DISTRIBUTION_MANAGER, Roles.RIGHTS_MANAGER,
            Roles.ACCOUNTANT, Roles.AUDITOR })
    @Operation(operationId = "listContractAmendments", summary = "List a contract's amendments",
            description = "The amendments in the order they were signed (number 1 first), paginated with page and size.")
    public AmendmentPage listContractAmendments(@PathParam("productionId") UUID productionId,
            @PathParam("contractId") UUID contractId, @Valid @BeanParam PageRequest page) {
        return contracts.amendments(productionId, contractId, page);
    }

    @GET
    @Path("/{contractId}/amendments/{amendmentId}")
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.DISTRIBUTION_MANAGER, Roles.RIGHTS_MANAGER,
            Roles.ACCOUNTANT, Roles.AUDITOR })
    @Operation(operationId = "getContractAmendment", summary = "Read an amendment",
            description = "One amendment with what it changed and the contract's terms before and after it.")
    public AmendmentDto getContractAmendment(@PathParam("productionId") UUID productionId,
            @PathParam("contractId") UUID contractId, @PathParam("amendmentId") UUID amendmentId) {
        return contracts.amendment(productionId, contractId, amendmentId)
                .orElseThrow(() -> ProblemException.notFound("amendment", amendmentId));
    }

    @POST
    @Path("/{contractId}/instalments/{instalmentId}/receipt")
    @RolesAllowed({ Roles.PRODUCER, Roles.DISTRIBUTION_MANAGER, Roles.ACCOUNTANT })
    @Operation(operationId = "receiveInstalment", summary = "Record that the counterparty paid an instalment",
            description = "The instalment must have fallen due (409 otherwise, and 409 when it was already received); the "
                    + "day must not be in the future nor before it fell due (400). Publishes "
                    + "distribution.mg.instalment.received, which dates the money in budget-service's cash-flow plan.")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContractDto.class)))
    public RestResponse<ContractDto> receiveInstalment(@PathParam("productionId") UUID productionId,
            @PathParam("contractId") UUID contractId, @PathParam("instalmentId") UUID instalmentId,
            @Valid @NotNull InstalmentReceipt receipt) {
        ContractDto dto = contracts.receive(productionId, contractId, instalmentId, receipt.receivedOn(),
                LocalDate.now(PARIS));
        return RestResponse.ResponseBuilder.ok(dto).header("ETag", Etags.of(dto.version())).build();
    }
}
