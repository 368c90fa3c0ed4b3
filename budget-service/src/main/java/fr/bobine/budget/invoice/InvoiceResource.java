package fr.bobine.budget.invoice;

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
import jakarta.ws.rs.QueryParam;
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

@Path("/productions/{productionId}/invoices")
@Tag(name = "Invoices", description = "Supplier invoices and their three-way match")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InvoiceResource {

    @Inject
    InvoiceService service;

    @Inject
    IdempotencyKeys idempotency;

    @Inject
    UriInfo uriInfo;

    @POST
    @RolesAllowed({ Roles.ACCOUNTANT })
    @Operation(operationId = "recordInvoice", summary = "Record a supplier invoice",
            description = "Records the invoice and matches it with its order and the receipt within the production's "
                    + "tolerance. Matched, it becomes actual cost on the order's budget lines and a purchase journal "
                    + "entry; otherwise it stays MISMATCHED with the reasons. 422 for an unknown order, 400 for a "
                    + "negative amount. Idempotency-Key makes retries safe.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InvoiceDto.class)))
    public RestResponse<InvoiceDto> recordInvoice(@PathParam("productionId") UUID productionId,
            @Parameter(in = ParameterIn.HEADER, description = "Retries with the same key replay the first response")
            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            @Valid @NotNull NewInvoice request) {
        return idempotency.execute(idempotencyKey, "POST /productions/" + productionId + "/invoices", request,
                InvoiceDto.class, () -> {
                    InvoiceDto created = service.create(productionId, request);
                    URI location = uriInfo.getAbsolutePathBuilder().path(created.id().toString()).build();
                    return RestResponse.ResponseBuilder.<InvoiceDto> created(location).entity(created).build();
                });
    }

    @GET
    @RolesAllowed({ Roles.ACCOUNTANT, Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.AUDITOR })
    @Operation(operationId = "listInvoices", summary = "List a production's invoices",
            description = "Invoices by date with what is paid and still owed on each, optionally only the matched or the "
                    + "mismatched ones, or only those unpaid, partly paid or paid (UNPAID and PARTIALLY_PAID: the payables); "
                    + "paginated with page and size.")
    public InvoicePage listInvoices(@PathParam("productionId") UUID productionId,
            @Parameter(description = "MATCHED or MISMATCHED") @QueryParam("status") InvoiceStatus status,
            @Parameter(description = "UNPAID, PARTIALLY_PAID or PAID") @QueryParam("paymentStatus") PaymentStatus paymentStatus,
            @Valid @BeanParam PageRequest page) {
        return service.list(productionId, status, paymentStatus, page);
    }

    @GET
    @Path("/{invoiceId}")
    @RolesAllowed({ Roles.ACCOUNTANT, Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.AUDITOR })
    @Operation(operationId = "getInvoice", summary = "Read an invoice",
            description = "One invoice with its match status, what is paid on it and what is still owed.")
    public InvoiceDto getInvoice(@PathParam("productionId") UUID productionId, @PathParam("invoiceId") UUID invoiceId) {
        return service.get(productionId, invoiceId);
    }

    @POST
    @Path("/{invoiceId}/match")
    @RolesAllowed({ Roles.ACCOUNTANT })
    @Operation(operationId = "rematchInvoice", summary = "Match an open invoice again",
            description = "Runs the three-way match again after a receipt was recorded or the tolerance changed. "
                    + "409 when the invoice is already matched.")
    public InvoiceDto rematchInvoice(@PathParam("productionId") UUID productionId, @PathParam("invoiceId") UUID invoiceId) {
        return service.rematch(productionId, invoiceId);
    }
}
