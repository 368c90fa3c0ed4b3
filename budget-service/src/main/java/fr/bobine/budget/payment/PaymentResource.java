package fr.bobine.budget.payment;

import java.net.URI;
import java.util.UUID;
import java.util.regex.Matcher;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import fr.bobine.platform.http.PageRequest;
import fr.bobine.platform.idempotency.IdempotencyKeys;
import fr.bobine.platform.security.Roles;

@Path("/productions/{productionId}/payments")
@Tag(name = "Payments", description = "Supplier payments imported from the accounting software or typed by hand")
@Produces(MediaType.APPLICATION_JSON)
public class PaymentResource {

    static final String CSV = "text/csv";
    private static final java.util.regex.Pattern FILENAME = java.util.regex.Pattern
            .compile("filename\\s*=\\s*\"?([^\";]+)\"?", java.util.regex.Pattern.CASE_INSENSITIVE);

    @Inject
    PaymentService service;

    @Inject
    IdempotencyKeys idempotency;

    @Inject
    UriInfo uriInfo;

    @POST
    @Path("/imports")
    @Consumes(CSV)
    @RolesAllowed({ Roles.ACCOUNTANT })
    @Operation(operationId = "importPayments", summary = "Import the payments file of the accounting software",
            description = "A header row then one bank payment per row: reference (optional), paid_on, supplier_siret, "
                    + "invoice_number, amount, currency (optional, EUR), label (optional); French names (date, siret, "
                    + "facture, montant, devise, libellé) too. ';' with a decimal comma as French software writes, or ',' "
                    + "with a decimal point; dates AAAA-MM-JJ, JJ/MM/AAAA or AAAAMMJJ; UTF-8 or Windows-1252. Each line "
                    + "pays the invoice its SIRET and number name and books a bank journal entry; the payment that "
                    + "settles an invoice letters its supplier lines. Idempotent: the same file again (SHA-256) books "
                    + "nothing and answers the first import with 200; a line already booked by another file (same "
                    + "reference, or the same date, SIRET, invoice and amount when it has none) is counted as already "
                    + "booked. Atomic: any bad line (unknown invoice or one of another production, an invoice not matched, "
                    + "amount not above zero or malformed, above the remaining due, wrong currency, bad date) refuses "
                    + "the whole file with 422 listing each line and reason; nothing is booked.")
    @RequestBody(content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "201", description = "Imported",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PaymentImportDto.class)))
    @APIResponse(responseCode = "200", description = "The same file was imported before: its first result",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PaymentImportDto.class)))
    public RestResponse<PaymentImportDto> importPayments(@PathParam("productionId") UUID productionId,
            @Parameter(description = "the file's name, else the Content-Disposition filename") @QueryParam("fileName")
            @Size(max = 255) String fileName,
            @Parameter(in = ParameterIn.HEADER, description = "may name the file (filename=...)")
            @HeaderParam("Content-Disposition") String contentDisposition,
            byte[] content) {
        String name = fileName;
        if ((name == null || name.isBlank()) && contentDisposition != null) {
            Matcher m = FILENAME.matcher(contentDisposition);
            name = m.find() ? m.group(1).strip() : null;
        }
        PaymentService.ImportOutcome outcome = service.importFile(productionId,
                name == null || name.isBlank() ? null : name.strip(), content);
        if (!outcome.created()) {
            return RestResponse.ok(outcome.result());
        }
        URI location = uriInfo.getAbsolutePathBuilder().path(outcome.result().id().toString()).build();
        return RestResponse.ResponseBuilder.<PaymentImportDto> created(location).entity(outcome.result()).build();
    }

    @GET
    @Path("/imports")
    @RolesAllowed({ Roles.ACCOUNTANT, Roles.PRODUCER, Roles.AUDITOR })
    @Operation(operationId = "listPaymentImports", summary = "List the payments imports",
            description = "Imported files, the latest first, with the lines read, booked and already booked; paginated "
                    + "with page and size.")
    public PaymentImportPage listPaymentImports(@PathParam("productionId") UUID productionId,
            @Valid @BeanParam PageRequest page) {
        return service.imports(productionId, page);
    }

    @GET
    @Path("/imports/{importId}")
    @RolesAllowed({ Roles.ACCOUNTANT, Roles.PRODUCER, Roles.AUDITOR })
    @Operation(operationId = "getPaymentImport", summary = "Read a payments import",
            description = "One import with the payments it booked.")
    public PaymentImportDto getPaymentImport(@PathParam("productionId") UUID productionId,
            @PathParam("importId") UUID importId) {
        return service.getImport(productionId, importId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ACCOUNTANT })
    @Operation(operationId = "recordPayment", summary = "Record a payment typed by hand",
            description = "The rules of an imported line: a matched invoice of this production, in its currency, not "
                    + "more than what remains due (422 otherwise). Books the bank entry and, when the invoice is settled, "
                    + "letters it. 409 when its reference is already booked. Idempotency-Key makes retries safe.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PaymentDto.class)))
    public RestResponse<PaymentDto> recordPayment(@PathParam("productionId") UUID productionId,
            @Parameter(in = ParameterIn.HEADER, description = "Retries with the same key replay the first response")
            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            @Valid @NotNull NewPayment request) {
        return idempotency.execute(idempotencyKey, "POST /productions/" + productionId + "/payments", request,
                PaymentDto.class, () -> {
                    PaymentDto created = service.record(productionId, request);
                    URI location = uriInfo.getAbsolutePathBuilder().path(created.id().toString()).build();
                    return RestResponse.ResponseBuilder.<PaymentDto> created(location).entity(created).build();
                });
    }

    @GET
    @RolesAllowed({ Roles.ACCOUNTANT, Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.AUDITOR })
    @Operation(operationId = "listPayments", summary = "List a production's payments",
            description = "Payments by date, paginated with page and size; with invoiceId, those of one invoice with what "
                    + "is paid and still due on the whole invoice.")
    public PaymentPage listPayments(@PathParam("productionId") UUID productionId,
            @Parameter(description = "only the payments of this invoice") @QueryParam("invoiceId") UUID invoiceId,
            @Valid @BeanParam PageRequest page) {
        return service.list(productionId, invoiceId, page);
    }

    @GET
    @Path("/{paymentId}")
    @RolesAllowed({ Roles.ACCOUNTANT, Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.AUDITOR })
    @Operation(operationId = "getPayment", summary = "Read a payment", description = "One payment.")
    public PaymentDto getPayment(@PathParam("productionId") UUID productionId, @PathParam("paymentId") UUID paymentId) {
        return service.get(productionId, paymentId);
    }
}
