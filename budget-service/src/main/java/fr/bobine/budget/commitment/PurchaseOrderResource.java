package fr.bobine.budget.commitment;

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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import fr.bobine.platform.http.PageRequest;
import fr.bobine.platform.idempotency.IdempotencyKeys;
import fr.bobine.platform.security.Roles;

@Path("/productions/{productionId}/purchase-orders")
@Tag(name = "Purchase orders", description = "Commitments against the locked budget")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PurchaseOrderResource {

    @Inject
    CommitmentService service;

    @Inject
    IdempotencyKeys idempotency;

    @Inject
    UriInfo uriInfo;

    @POST
    @RolesAllowed({ Roles.ACCOUNTANT, Roles.PRODUCTION_MANAGER, Roles.PRODUCER })
    @Operation(operationId = "createPurchaseOrder", summary = "Place a purchase order",
            description = "Books a commitment from a supplier's quote, allocated to lines of a locked budget version "
                    + "(422 on a draft or submitted version). An order that takes a line past its budget is booked, "
                    + "flagged with the overruns, and publishes budget.line.overrun. Idempotency-Key makes retries safe.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PurchaseOrderDto.class)))
    public RestResponse<PurchaseOrderDto> createPurchaseOrder(@PathParam("productionId") UUID productionId,
            @Parameter(in = ParameterIn.HEADER, description = "Retries with the same key replay the first response")
            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            @Valid @NotNull NewPurchaseOrder request) {
        return idempotency.execute(idempotencyKey, "POST /productions/" + productionId + "/purchase-orders", request,
                PurchaseOrderDto.class, () -> {
                    PurchaseOrderDto created = service.create(productionId, request);
                    URI location = uriInfo.getAbsolutePathBuilder().path(created.id().toString()).build();
                    return RestResponse.ResponseBuilder.<PurchaseOrderDto> created(location).entity(created).build();
                });
    }

    @GET
    @RolesAllowed({ Roles.ACCOUNTANT, Roles.PRODUCTION_MANAGER, Roles.PRODUCER, Roles.AUDITOR })
    @Operation(operationId = "listPurchaseOrders", summary = "List a production's purchase orders",
            description = "Orders oldest first, each with its allocations and what is still open on them, paginated with "
                    + "page and size.")
    public PurchaseOrderPage listPurchaseOrders(@PathParam("productionId") UUID productionId,
            @Valid @BeanParam PageRequest page) {
        return service.list(productionId, page);
    }

    @GET
    @Path("/{orderId}")
    @RolesAllowed({ Roles.ACCOUNTANT, Roles.PRODUCTION_MANAGER, Roles.PRODUCER, Roles.AUDITOR })
    @Operation(operationId = "getPurchaseOrder", summary = "Read a purchase order",
            description = "One order with its allocations, what was invoiced and what is still open.")
    public PurchaseOrderDto getPurchaseOrder(@PathParam("productionId") UUID productionId,
            @PathParam("orderId") UUID orderId) {
        return service.get(productionId, orderId);
    }

    @PUT
    @Path("/{orderId}/receipt")
    @RolesAllowed({ Roles.ACCOUNTANT, Roles.PRODUCTION_MANAGER })
    @Operation(operationId = "recordPurchaseOrderReceipt", summary = "Record what was received or signed off",
            description = "Sets the net amount received (delivery note, service sign-off): the third leg of the match.")
    public PurchaseOrderDto recordPurchaseOrderReceipt(@PathParam("productionId") UUID productionId,
            @PathParam("orderId") UUID orderId, @Valid @NotNull ReceiptInput input) {
        return service.recordReceipt(productionId, orderId, input);
    }
}
