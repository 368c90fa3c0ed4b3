package fr.bobine.budget.accounting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import fr.bobine.platform.security.Roles;

@Path("/productions/{productionId}/accounting")
@Tag(name = "Accounting", description = "Journal entries and the FEC export")
public class AccountingResource {

    static final String FEC = "text/plain";
    static final String CSV = "text/csv";

    @Inject
    JournalService service;

    @GET
    @Path("/journal-entries")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ACCOUNTANT, Roles.PRODUCER, Roles.AUDITOR })
    @Operation(operationId = "listJournalEntries", summary = "List journal entries of a period",
            description = "Entries validated between from and to (inclusive), in the order of their numbers, with their "
                    + "lines and the budget account as analytic code.")
    public JournalEntryList listJournalEntries(@PathParam("productionId") UUID productionId,
            @Parameter(description = "first validation date, ISO 8601") @QueryParam("from") @NotNull LocalDate from,
            @Parameter(description = "last validation date, ISO 8601") @QueryParam("to") @NotNull LocalDate to) {
        return service.entries(productionId, from, to);
    }

    @GET
    @Path("/fec")
    @Produces(FEC)
    @RolesAllowed({ Roles.ACCOUNTANT, Roles.AUDITOR })
    @Operation(operationId = "downloadFec", summary = "Export the FEC of a period",
            description = "The Fichier des Écritures Comptables (LPF A47 A-1): 18 fields separated by '|', a header line, "
                    + "dates AAAAMMJJ, decimal comma, ISO 8859-15, named SIRENFECAAAAMMJJ.txt after the delegated "
                    + "producer's SIREN and the period's closing date ('to'). 422 when the period has no entry.")
    @APIResponse(responseCode = "200", description = "The FEC file",
            content = @Content(mediaType = FEC, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "422", description = "No entry was validated in the period",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public RestResponse<byte[]> downloadFec(@PathParam("productionId") UUID productionId,
            @Parameter(description = "first validation date, ISO 8601") @QueryParam("from") @NotNull LocalDate from,
            @Parameter(description = "closing date of the period, ISO 8601") @QueryParam("to") @NotNull LocalDate to) {
        JournalService.FecFile file = service.fec(productionId, from, to);
        return RestResponse.ResponseBuilder.ok(file.content(), FEC + "; charset=ISO-8859-15")
                .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"").build();
    }

    @GET
    @Path("/journal")
    @Produces(CSV)
    @RolesAllowed({ Roles.ACCOUNTANT, Roles.AUDITOR })
    @Operation(operationId = "downloadJournalCsv", summary = "Export the journal of a period as CSV",
            description = "For accounting software that does not read the FEC: one row per journal line (journal, entry "
                    + "number, entry date, account, account label, sub-ledger, analytic code, piece ref, piece date, label, "
                    + "debit, credit, lettering), ';' separated, decimal comma, dates JJ/MM/AAAA, UTF-8 with a header row, "
                    + "named journal-AAAAMMJJ-AAAAMMJJ.csv. Same entries as the FEC; 422 when the period has no entry.")
    @APIResponse(responseCode = "200", description = "The CSV journal",
            content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "422", description = "No entry was validated in the period",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public RestResponse<byte[]> downloadJournalCsv(@PathParam("productionId") UUID productionId,
            @Parameter(description = "first validation date, ISO 8601") @QueryParam("from") @NotNull LocalDate from,
            @Parameter(description = "last validation date, ISO 8601") @QueryParam("to") @NotNull LocalDate to) {
        JournalService.FecFile file = service.journalCsv(productionId, from, to);
        return RestResponse.ResponseBuilder.ok(file.content(), CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"").build();
    }

    @POST
    @Path("/payroll-postings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ACCOUNTANT })
    @Operation(operationId = "postPayroll", summary = "Post a month of payroll (OD de paie)",
            description = "Books one entry of journal PAIE for the labour costs from crew (actuals) booked in the month and "
                    + "not posted yet: each in debit of the PCG account mapped from its budget account (641x salaries, 645 "
                    + "charges on chapter 4) with the budget account as analytic code; gross in credit of the GROSS payroll "
                    + "account (421), charges of the CHARGES one (431). A cost is posted once: posting a month again books "
                    + "only what arrived since, and nothing (entry absent) when there is nothing new.")
    @APIResponse(responseCode = "200", description = "What was posted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PayrollPostingDto.class)))
    public PayrollPostingDto postPayroll(@PathParam("productionId") UUID productionId,
            @Valid @NotNull PayrollPostingInput input) {
        return service.postPayroll(productionId, YearMonth.parse(input.month()));
    }
}
