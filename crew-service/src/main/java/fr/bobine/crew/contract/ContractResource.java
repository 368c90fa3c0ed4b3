package fr.bobine.crew.contract;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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

import fr.bobine.crew.person.PersonalDataRead;
import fr.bobine.platform.http.Etags;
import fr.bobine.platform.http.PageRequest;
import fr.bobine.platform.idempotency.IdempotencyKeys;
import fr.bobine.platform.problem.ProblemException;
import fr.bobine.platform.security.Roles;

@Path("/productions/{productionId}")
@Tag(name = "Contracts", description = "CDDU contracts of technicians and artists")
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
    @Path("/contracts")
    @RolesAllowed({ Roles.PAYROLL, Roles.PRODUCTION_MANAGER })
    @Operation(operationId = "createContract", summary = "Draft a CDDU",
            description = "Drafts a contract for a person and a position. A rate below the grid minimum in force on the start "
                    + "date is refused (422) unless the production is under the cinema low-budget regime (annexe III), which "
                    + "is then recorded on the contract.")
    @APIResponse(responseCode = "201", description = "Drafted",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = ContractDto.class)))
    public RestResponse<ContractDto> createContract(@PathParam("productionId") UUID productionId,
            @Parameter(in = ParameterIn.HEADER, description = "Retries with the same key replay the first response")
            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            @Valid @NotNull NewContract request) {
        return idempotency.execute(idempotencyKey, "POST /productions/" + productionId + "/contracts", request, ContractDto.class,
                () -> {
                    ContractDto created = service.create(productionId, request);
                    URI location = uriInfo.getBaseUriBuilder().path("productions").path(productionId.toString())
                            .path("contracts").path(created.id().toString()).build();
                    return RestResponse.ResponseBuilder.<ContractDto> created(location).entity(created)
                            .header("ETag", Etags.of(created.version())).build();
                });
    }

    @GET
    @Path("/contracts")
    @RolesAllowed({ Roles.PAYROLL, Roles.PRODUCTION_MANAGER, Roles.PRODUCER, Roles.ACCOUNTANT, Roles.AUDITOR })
    @PersonalDataRead
    @Operation(operationId = "listContracts", summary = "List a production's contracts",
            description = "Contracts by start date unless sort says otherwise, optionally of one status or one person, "
                    + "paginated.")
    public ContractPage listContracts(@PathParam("productionId") UUID productionId, @QueryParam("status") ContractStatus status,
            @QueryParam("personId") UUID personId,
            @Parameter(description = "Sort field, -field for descending, several separated by commas; by start date when "
                    + "absent", schema = @Schema(type = SchemaType.STRING, maxLength = 100,
                            pattern = "^-?(startDate|endDate|status|positionCode|createdAt)(,-?(startDate|endDate|status|positionCode|createdAt))*$",
                            example = "status,startDate")) @QueryParam("sort") String sort,
            @Valid @BeanParam PageRequest page) {
        return service.list(productionId, status, personId, sort, page);
    }

    @GET
    @Path("/contracts/{contractId}")
    @RolesAllowed({ Roles.PAYROLL, Roles.PRODUCTION_MANAGER, Roles.PRODUCER, Roles.ACCOUNTANT, Roles.AUDITOR })
    @PersonalDataRead
    @Operation(operationId = "getContract", summary = "Read one contract", description = "The contract with its ETag.")
    public RestResponse<ContractDto> getContract(@PathParam("productionId") UUID productionId,
            @PathParam("contractId") UUID contractId) {
        ContractDto c = service.get(productionId, contractId).orElseThrow(() -> ProblemException.notFound("contract", contractId));
        return RestResponse.ResponseBuilder.ok(c).header("ETag", Etags.of(c.version())).build();
    }

    @PATCH
    @Path("/contracts/{contractId}")
    @RolesAllowed({ Roles.PAYROLL, Roles.PRODUCTION_MANAGER })
    @Operation(operationId = "updateContract", summary = "Change a draft contract",
            description = "Changes the end date, budget line or allowances of a draft. Needs If-Match: 412 stale, 428 missing.")
    public RestResponse<ContractDto> updateContract(@PathParam("productionId") UUID productionId,
            @PathParam("contractId") UUID contractId,
            @Parameter(in = ParameterIn.HEADER, required = true, description = "The ETag read with the contract")
            @HeaderParam(Etags.IF_MATCH) String ifMatch,
            @Valid @NotNull ContractPatch patch) {
        ContractDto c = service.update(productionId, contractId, ifMatch, patch);
        return RestResponse.ResponseBuilder.ok(c).header("ETag", Etags.of(c.version())).build();
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Path("/contracts/{contractId}/signature")
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER })
    @Operation(operationId = "signContract", summary = "Sign a draft contract",
            description = "Checks the mandatory mentions (422 listing the missing ones), books the committed gross and the "
                    + "employer-cost estimate from the rate tables, and publishes crew.contract.signed. An Idempotency-Key "
                    + "replays the first answer; signing twice without it is 409.")
    public RestResponse<ContractDto> signContract(@PathParam("productionId") UUID productionId,
            @PathParam("contractId") UUID contractId,
            @Parameter(in = ParameterIn.HEADER, description = "Retries with the same key replay the first response")
            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        return idempotency.execute(idempotencyKey, "POST /productions/" + productionId + "/contracts/" + contractId + "/signature",
                contractId.toString(), ContractDto.class, () -> {
                    ContractDto c = service.sign(productionId, contractId);
                    return RestResponse.ResponseBuilder.ok(c).header("ETag", Etags.of(c.version())).build();
                });
    }

    @POST
    @Path("/contracts/{contractId}/cancellation")
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER })
    @Operation(operationId = "cancelContract", summary = "Cancel a contract",
            description = "Cancels a draft or signed contract and publishes crew.contract.cancelled with the released commitment.")
    public RestResponse<ContractDto> cancelContract(@PathParam("productionId") UUID productionId,
            @PathParam("contractId") UUID contractId,
            @Parameter(in = ParameterIn.HEADER, description = "Retries with the same key replay the first response")
            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            @Valid @NotNull Cancellation cancellation) {
        return idempotency.execute(idempotencyKey, "POST /productions/" + productionId + "/contracts/" + contractId + "/cancellation",
                cancellation, ContractDto.class, () -> {
                    ContractDto c = service.cancel(productionId, contractId, cancellation);
                    return RestResponse.ResponseBuilder.ok(c).header("ETag", Etags.of(c.version())).build();
                });
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Path("/contracts/{contractId}/completion")
    @RolesAllowed({ Roles.PAYROLL, Roles.PRODUCTION_MANAGER })
    @Operation(operationId = "completeContract", summary = "Mark a signed contract completed",
            description = "Records that the contract ran to its end; no more timesheets are expected.")
    public RestResponse<ContractDto> completeContract(@PathParam("productionId") UUID productionId,
            @PathParam("contractId") UUID contractId) {
        ContractDto c = service.complete(productionId, contractId);
        return RestResponse.ResponseBuilder.ok(c).header("ETag", Etags.of(c.version())).build();
    }

    @POST
    @Path("/contracts/{contractId}/amendments")
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER })
    @Operation(operationId = "amendContract", summary = "Amend a signed contract",
            description = "Records an amendment (avenant) both parties signed: a new rate, end date or allowances from "
                    + "effectiveFrom, kept as a new version of the terms. The committed gross and the employer-cost estimate "
                    + "are recomputed over all versions and crew.contract.amended publishes them with the change. Needs "
                    + "If-Match (412 stale, 428 missing); an Idempotency-Key replays the first answer. 422 when the "
                    + "amendment reaches back over recorded hours, takes effect outside the contract or before the previous "
                    + "version, extends the contract after its term, or sets a rate below the grid minimum.")
    @APIResponse(responseCode = "201", description = "Amended: the new version",
            headers = @Header(name = "Location", description = "The new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContractVersionDto.class)))
    public RestResponse<ContractVersionDto> amendContract(@PathParam("productionId") UUID productionId,
            @PathParam("contractId") UUID contractId,
            @Parameter(in = ParameterIn.HEADER, required = true, description = "The ETag read with the contract")
            @HeaderParam(Etags.IF_MATCH) String ifMatch,
            @Parameter(in = ParameterIn.HEADER, description = "Retries with the same key replay the first response")
            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            @Valid @NotNull NewAmendment amendment) {
        return idempotency.execute(idempotencyKey, "POST /productions/" + productionId + "/contracts/" + contractId + "/amendments",
                amendment, ContractVersionDto.class, () -> {
                    ContractVersionDto v = service.amend(productionId, contractId, ifMatch, amendment);
                    URI location = uriInfo.getBaseUriBuilder().path("productions").path(productionId.toString())
                            .path("contracts").path(contractId.toString()).path("versions").path(String.valueOf(v.number()))
                            .build();
                    return RestResponse.ResponseBuilder.<ContractVersionDto> created(location).entity(v).build();
                });
    }

    @GET
    @Path("/contracts/{contractId}/versions")
    @RolesAllowed({ Roles.PAYROLL, Roles.PRODUCTION_MANAGER, Roles.PRODUCER, Roles.ACCOUNTANT, Roles.AUDITOR })
    @Operation(operationId = "listContractVersions", summary = "List a contract's versions",
            description = "The terms as signed (version 0) and as each amendment changed them, oldest first, paginated; "
                    + "none while the contract is a draft.")
    public ContractVersionPage listContractVersions(@PathParam("productionId") UUID productionId,
            @PathParam("contractId") UUID contractId, @Valid @BeanParam PageRequest page) {
        return service.versions(productionId, contractId, page);
    }

    @GET
    @Path("/contracts/{contractId}/versions/{number}")
    @RolesAllowed({ Roles.PAYROLL, Roles.PRODUCTION_MANAGER, Roles.PRODUCER, Roles.ACCOUNTANT, Roles.AUDITOR })
    @Operation(operationId = "getContractVersion", summary = "Read one version of a contract",
            description = "The terms of version {number}: 0 as signed, then each amendment.")
    public ContractVersionDto getContractVersion(@PathParam("productionId") UUID productionId,
            @PathParam("contractId") UUID contractId, @PathParam("number") @Min(0) @Max(10000) int number) {
        return service.version(productionId, contractId, number)
                .orElseThrow(() -> ProblemException.notFound("contract version", contractId + "/" + number));
    }

    @GET
    @Path("/payroll-regime")
    @RolesAllowed({ Roles.PAYROLL, Roles.PRODUCTION_MANAGER, Roles.PRODUCER, Roles.ACCOUNTANT, Roles.AUDITOR })
    @Operation(operationId = "getPayrollRegime", summary = "Read the production's payroll regime",
            description = "Whether the production is under the cinema low-budget regime (CCN 3097 annexe III).")
    public PayrollRegimeDto getPayrollRegime(@PathParam("productionId") UUID productionId) {
        return service.regime(productionId);
    }

    @PUT
    @Path("/payroll-regime")
    @RolesAllowed({ Roles.PRODUCER })
    @Operation(operationId = "setPayrollRegime", summary = "Record the production's payroll regime",
            description = "Records the joint commission's decision admitting the production to annexe III (or withdrawing it); audited.")
    public PayrollRegimeDto setPayrollRegime(@PathParam("productionId") UUID productionId,
            @Valid @NotNull PayrollRegimeDto request) {
        return service.recordRegime(productionId, request);
    }
}
