package fr.bobine.budget.closing;

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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import fr.bobine.budget.costreport.Representation;
import fr.bobine.platform.csv.CsvExport;
import fr.bobine.platform.http.Etags;
import fr.bobine.platform.idempotency.IdempotencyKeys;
import fr.bobine.platform.security.Roles;

@Path("/productions/{productionId}/closing-statement")
@Tag(name = "Closing", description = "The final cost statement (coût définitif)")
public class ClosingStatementResource {

    @Inject
    ClosingStatementService service;

    @Inject
    IdempotencyKeys idempotency;

    @GET
    @Produces({ MediaType.APPLICATION_JSON, Representation.CSV_TYPE, Representation.XLSX_TYPE })
    @RolesAllowed({ Roles.ACCOUNTANT, Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.AUDITOR })
    @Operation(operationId = "getClosingStatement", summary = "Read the final cost statement",
            description = "The executed budget (actual costs) against the locked one per line, account and chapter; each "
                    + "chapter's variance with the lines that make most of it and the accountant's explanation; percentage "
                    + "lines recomputed on the executed cost (imprévus executed at zero); the items still open (orders not "
                    + "fully invoiced, mismatched invoices, commitments not yet actual). Computed from the books until "
                    + "closed, frozen after. JSON, CSV (Accept: text/csv) or XLSX (Accept: " + Representation.XLSX_TYPE
                    + "). 422 without a locked version.")
    @APIResponse(responseCode = "200", description = "The statement", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClosingStatementDto.class)),
            @Content(mediaType = Representation.CSV_TYPE, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = Representation.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    @APIResponse(responseCode = "422", description = "The production has no locked budget version",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response getClosingStatement(@PathParam("productionId") UUID productionId,
            @Parameter(description = "Language of a CSV's header, numbers and dates: fr (default) or en") @QueryParam("lang")
            @DefaultValue("fr") @Pattern(regexp = "fr|en", message = "must be fr or en") String lang, @Context HttpHeaders headers) {
        ClosingStatementDto s = service.statement(productionId);
        String name = "cout-definitif-v" + s.versionNumber();
        return switch (Representation.of(headers)) {
            case JSON -> Response.ok(s, MediaType.APPLICATION_JSON).build();
            case CSV -> file(ClosingStatementExport.csv(s, CsvExport.lang(lang)), CsvExport.MEDIA_TYPE, name + ".csv");
            case XLSX -> file(ClosingStatementExport.xlsx(s), Representation.XLSX_TYPE, name + ".xlsx");
        };
    }

    private static Response file(Object body, String type, String fileName) {
        return Response.ok(body, type)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }

    @PUT
    @Path("/chapters/{chapterCode}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ACCOUNTANT })
    @Operation(operationId = "explainClosingChapter", summary = "Explain a chapter's variance",
            description = "The accountant's free-text explanation of one chapter of the statement (a chapter code, or a "
                    + "percentage line's code such as FG). The first one needs no If-Match; changing one needs its ETag "
                    + "(412 stale, 428 missing). 404 for a chapter not in the statement, 409 once the statement is closed.")
    public RestResponse<ExplanationDto> explainClosingChapter(@PathParam("productionId") UUID productionId,
            @PathParam("chapterCode") String chapterCode,
            @Parameter(in = ParameterIn.HEADER, description = "The explanation's ETag, when one exists")
            @HeaderParam(Etags.IF_MATCH) String ifMatch,
            @Valid @NotNull ExplanationInput input) {
        ExplanationDto e = service.explain(productionId, chapterCode, ifMatch, input);
        return RestResponse.ResponseBuilder.ok(e).header("ETag", Etags.of(e.version())).build();
    }

    @POST
    @Path("/close")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ACCOUNTANT })
    @Operation(operationId = "closeClosingStatement", summary = "Close the final cost statement",
            description = "Freezes the statement as it stands: stored, never changed after. 409 while items are still open "
                    + "unless a reason is given (nothing is stored), and 409 when already closed. Idempotency-Key makes "
                    + "retries safe.")
    @APIResponse(responseCode = "200", description = "Closed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ClosingStatementDto.class)))
    public RestResponse<ClosingStatementDto> closeClosingStatement(@PathParam("productionId") UUID productionId,
            @Parameter(in = ParameterIn.HEADER, description = "Retries with the same key replay the first response")
            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            @Valid @NotNull CloseInput input) {
        return idempotency.execute(idempotencyKey, "POST /productions/" + productionId + "/closing-statement/close", input,
                ClosingStatementDto.class, () -> RestResponse.ok(service.close(productionId, input)));
    }
}
