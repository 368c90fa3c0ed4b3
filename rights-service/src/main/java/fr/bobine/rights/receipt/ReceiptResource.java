package fr.bobine.rights.receipt;

import java.net.URI;
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
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import fr.bobine.platform.http.PageRequest;
import fr.bobine.platform.idempotency.IdempotencyKeys;
import fr.bobine.platform.problem.ProblemException;
import fr.bobine.platform.security.Roles;

@Path("/productions/{productionId}/receipts")
@Tag(name = "Receipts", description = "Money received for a production, run down its waterfalls")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReceiptResource {

    @Inject
    ReceiptService service;

    @Inject
    IdempotencyKeys idempotency;

    @Inject
    UriInfo uriInfo;

    @POST
    @RolesAllowed({ Roles.PRODUCER, Roles.RIGHTS_MANAGER, Roles.ACCOUNTANT })
    @Operation(operationId = "recordReceipt", summary = "Record a receipt",
            description = "Records money received and runs it once down every waterfall version of the production. "
                    + "An Idempotency-Key makes retries safe; a reference already used is 409; a currency other than the "
                    + "waterfalls' is 422; an unknown currency is 400.")
    @APIResponse(responseCode = "201", description = "Recorded",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReceiptDto.class)))
    public RestResponse<ReceiptDto> recordReceipt(@PathParam("productionId") UUID productionId,
            @Parameter(in = ParameterIn.HEADER, description = "Retries with the same key replay the first response")
            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            @Valid @NotNull NewReceipt request) {
        return idempotency.execute(idempotencyKey, "POST /productions/" + productionId + "/receipts", request, ReceiptDto.class, () -> {
            ReceiptDto created = service.record(productionId, request);
            URI location = uriInfo.getBaseUriBuilder().path("productions").path(productionId.toString()).path("receipts")
                    .path(created.id().toString()).build();
            return RestResponse.ResponseBuilder.<ReceiptDto> created(location).entity(created).build();
        });
    }

    @GET
    @Path("/{receiptId}")
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.RIGHTS_MANAGER, Roles.ACCOUNTANT, Roles.AUDITOR })
    @Operation(operationId = "getReceipt", summary = "Read a receipt",
            description = "One receipt with what each position of each waterfall version took from it.")
    public ReceiptDto getReceipt(@PathParam("productionId") UUID productionId, @PathParam("receiptId") UUID receiptId) {
        return service.find(productionId, receiptId).orElseThrow(() -> ProblemException.notFound("receipt", receiptId));
    }

    @GET
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.RIGHTS_MANAGER, Roles.ACCOUNTANT, Roles.AUDITOR })
    @Operation(operationId = "listReceipts", summary = "List a production's receipts",
            description = "Receipts in the order they ran down the waterfalls, with what each position took, paginated.")
    public ReceiptPage listReceipts(@PathParam("productionId") UUID productionId, @Valid @BeanParam PageRequest page) {
        return service.list(productionId, page);
    }
}
