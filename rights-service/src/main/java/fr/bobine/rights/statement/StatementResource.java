package fr.bobine.rights.statement;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import fr.bobine.platform.csv.CsvExport;
import fr.bobine.platform.document.PdfDocument;
import fr.bobine.platform.idempotency.IdempotencyKeys;
import fr.bobine.platform.problem.ProblemException;
import fr.bobine.platform.security.Roles;
import fr.bobine.rights.waterfall.ReceiptKind;

@Path("/productions/{productionId}")
@Tag(name = "Statements", description = "Statements to participants (reddition des comptes), their deadlines, and the path of every euro")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StatementResource {

    @Inject
    StatementService service;

    @Inject
    IdempotencyKeys idempotency;

    @Inject
    UriInfo uriInfo;

    @POST
    @Path("/statements")
    @RolesAllowed({ Roles.PRODUCER, Roles.RIGHTS_MANAGER })
    @Operation(operationId = "issueStatement", summary = "Issue a statement to a participant",
            description = "Computes the participant's statement for the period from the waterfall version (receipts by mode, "
                    + "deductions, share, MG and advances recouped so far, amount due), freezes it and publishes "
                    + "rights.statement.issued. A period overlapping an issued statement is 409; a holder without a position is 422.")
    @APIResponse(responseCode = "201", description = "Issued",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatementDto.class)))
    public RestResponse<StatementDto> issueStatement(@PathParam("productionId") UUID productionId,
            @Parameter(in = ParameterIn.HEADER, description = "Retries with the same key replay the first response")
            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            @Valid @NotNull NewStatement request) {
        return idempotency.execute(idempotencyKey, "POST /productions/" + productionId + "/statements", request, StatementDto.class, () -> {
            StatementDto issued = service.issue(productionId, request);
            URI location = uriInfo.getBaseUriBuilder().path("productions").path(productionId.toString()).path("statements")
                    .path(issued.id().toString()).build();
            return RestResponse.ResponseBuilder.<StatementDto> created(location).entity(issued).build();
        });
    }

    @GET
    @Path("/statements")
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.RIGHTS_MANAGER, Roles.ACCOUNTANT, Roles.AUDITOR })
    @Operation(operationId = "listStatements", summary = "List a production's statements",
            description = "Issued statements, newest period first, optionally for one participant.")
    public StatementList listStatements(@PathParam("productionId") UUID productionId,
            @Parameter(description = "Only this participant's statements") @QueryParam("holder") String holder) {
        return service.list(productionId, holder);
    }

    @GET
    @Path("/statements/{statementId}")
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.RIGHTS_MANAGER, Roles.ACCOUNTANT, Roles.AUDITOR })
    @Operation(operationId = "getStatement", summary = "Read a statement", description = "An issued statement with its frozen figures.")
    public StatementDto getStatement(@PathParam("productionId") UUID productionId, @PathParam("statementId") UUID statementId) {
        return service.find(productionId, statementId).orElseThrow(() -> ProblemException.notFound("statement", statementId));
    }

    @GET
    @Path("/statements/{statementId}/csv")
    @Produces("text/csv")
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.RIGHTS_MANAGER, Roles.ACCOUNTANT, Roles.AUDITOR })
    @Operation(operationId = "downloadStatementCsv", summary = "Export a statement as CSV",
            description = "The statement as a CSV file for the participant or a spreadsheet, three tables: participant and period; "
                    + "one line per mode of exploitation, then the totals; the balance (share, MG and advances recouped, amount "
                    + "due). UTF-8 with a byte-order mark, ';' between fields; lang=fr (default) French headers, decimal commas and "
                    + "dd/mm/yyyy dates, lang=en English headers, decimal points and ISO dates.")
    @APIResponse(responseCode = "200", description = "The CSV file",
            headers = @Header(name = "Content-Disposition", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<String> downloadStatementCsv(@PathParam("productionId") UUID productionId,
            @PathParam("statementId") UUID statementId,
            @Parameter(description = "fr or en") @QueryParam("lang") @DefaultValue("fr")
            @Pattern(regexp = "fr|en", message = "must be fr or en") String lang) {
        StatementDto statement = service.find(productionId, statementId)
                .orElseThrow(() -> ProblemException.notFound("statement", statementId));
        String name = "releve-" + statement.periodStart() + "-" + statement.periodEnd() + "-" + statementId + ".csv";
        return RestResponse.ResponseBuilder.ok(service.csv(statement, CsvExport.lang(lang)), CsvExport.MEDIA_TYPE)
                .header("Content-Disposition", CsvExport.attachment(name)).build();
    }

    @GET
    @Path("/statements/{statementId}/pdf")
    @Produces("application/pdf")
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.RIGHTS_MANAGER, Roles.ACCOUNTANT, Roles.AUDITOR })
    @Operation(operationId = "downloadStatementPdf", summary = "Export a statement as PDF",
            description = "The statement as a printable PDF for the participant: period, receipts by mode of exploitation, "
                    + "deductions, share, MG and advances recouped so far and the amount due, the same figures as the CSV.")
    @APIResponse(responseCode = "200", description = "The PDF file",
            headers = @Header(name = "Content-Disposition", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public RestResponse<byte[]> downloadStatementPdf(@PathParam("productionId") UUID productionId,
            @PathParam("statementId") UUID statementId) {
        StatementDto statement = service.find(productionId, statementId)
                .orElseThrow(() -> ProblemException.notFound("statement", statementId));
        String name = "releve-" + statement.periodStart() + "-" + statement.periodEnd() + "-" + statementId + ".pdf";
        return RestResponse.ResponseBuilder.ok(pdf(statement), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    static byte[] pdf(StatementDto s) {
        PdfDocument doc = PdfDocument.portrait().title("Reddition des comptes")
                .field("Participant", s.holder())
                .field("Période", "du " + s.periodStart() + " au " + s.periodEnd())
                .field("Cascade", s.waterfallName())
                .field("Production", String.valueOf(s.productionId()))
                .field("Relevé", String.valueOf(s.id()))
                .field("Émis le", s.timeOfIssue() == null ? "" : s.timeOfIssue().toString())
                .heading("Recettes par mode d'exploitation");
        List<List<String>> rows = new ArrayList<>();
        for (StatementLine line : s.lines()) {
            rows.add(List.of(line.media() + modeSuffix(line.receiptKind()), PdfDocument.money(line.receipts()), PdfDocument.money(line.deductions()),
                    PdfDocument.money(line.base()), PdfDocument.money(line.share())));
        }
        rows.add(List.of("Total", PdfDocument.money(s.receipts()), PdfDocument.money(s.deductions()), "", PdfDocument.money(s.share())));
        doc.table(new float[] { 3, 2, 2, 2, 2 }, List.of("Mode", "Recettes", "Déductions", "Assiette", "Part"), rows)
                .heading("Solde")
                .table(new float[] { 3, 2 }, List.of("Poste", "Montant"), List.of(
                        List.of("Part de la période", PdfDocument.money(s.share())),
                        List.of("Part depuis la première recette", PdfDocument.money(s.shareToDate())),
                        List.of("MG et à-valoir", PdfDocument.money(s.advances())),
                        List.of("MG et à-valoir récupérés à ce jour", PdfDocument.money(s.advancesRecouped())),
                        List.of("Déjà dû aux relevés antérieurs", PdfDocument.money(s.previouslyDue())),
                        List.of("Montant dû", PdfDocument.money(s.amountDue()))));
        return doc.toBytes();
    }

    /** MG and pre-sales are stated apart from the receipts of their mode. */
    private static String modeSuffix(ReceiptKind kind) {
        return switch (kind) {
            case EXPLOITATION -> "";
            case MINIMUM_GUARANTEE -> " (minimum garanti)";
            case PRE_SALE -> " (prévente)";
        };
    }

    @GET
    @Path("/waterfalls/{waterfallId}/explanation")
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.RIGHTS_MANAGER, Roles.ACCOUNTANT, Roles.AUDITOR })
    @Operation(operationId = "explainWaterfall", summary = "Explain the path every euro took",
            description = "For a participant (or everyone) and a period, each receipt with every node its money passed: what "
                    + "reached the node, what its holder took and why.")
    public Explanation explainWaterfall(@PathParam("productionId") UUID productionId, @PathParam("waterfallId") UUID waterfallId,
            @Parameter(description = "Only receipts this participant took part in") @QueryParam("holder") String holder,
            @Parameter(description = "First receipt date (inclusive)") @QueryParam("from") LocalDate from,
            @Parameter(description = "Last receipt date (inclusive)") @QueryParam("to") LocalDate to) {
        return service.explain(productionId, waterfallId, holder, from, to);
    }
}
