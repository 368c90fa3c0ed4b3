package fr.bobine.budget.carbon;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import fr.bobine.platform.csv.CsvExport;
import fr.bobine.platform.idempotency.IdempotencyKeys;
import fr.bobine.platform.security.Roles;

@Path("/productions/{productionId}/carbon")
@Tag(name = "Carbon footprint", description = "The production's bilan carbone, forecast from the locked devis and final from the actual costs, with dated emission factors")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CarbonResource {

    static final String FACTORS_ON = "the date whose emission factors are used, ISO 8601; today (Europe/Paris) when absent";

    @Inject
    CarbonService service;

    @Inject
    IdempotencyKeys idempotency;

    @Context
    UriInfo uriInfo;

    @GET
    @Path("activity-lines")
    @RolesAllowed({ Roles.ACCOUNTANT, Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.AUDITOR })
    @Operation(operationId = "listCarbonActivityLines", summary = "List the activity data entered",
            description = "The km, nights, meals, kWh, litres... entered for the forecast or the final statement, optionally of one basis.")
    public CarbonActivityLineList listCarbonActivityLines(@PathParam("productionId") UUID productionId,
            @Parameter(description = "FORECAST or FINAL; both when absent") @QueryParam("basis") CarbonBasis basis) {
        return service.lines(productionId, basis);
    }

    @POST
    @Path("activity-lines")
    @RolesAllowed({ Roles.ACCOUNTANT, Roles.PRODUCTION_MANAGER })
    @Operation(operationId = "addCarbonActivityLine", summary = "Enter activity data",
            description = "A quantity of a known activity (GET /carbon/activities) for the forecast or the final statement. "
                    + "Linked to a devis account, it replaces that account's monetary estimate in the statement. 400 for an "
                    + "unknown activity or account, a negative quantity or more than 3 decimals; nothing is stored. "
                    + "Idempotency-Key makes retries safe.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CarbonActivityLineDto.class)))
    public RestResponse<CarbonActivityLineDto> addCarbonActivityLine(@PathParam("productionId") UUID productionId,
            @Parameter(in = ParameterIn.HEADER, description = "Retries with the same key replay the first response")
            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            @Valid @NotNull CarbonActivityLineInput input) {
        return idempotency.execute(idempotencyKey, "POST carbon activity lines " + productionId, input,
                CarbonActivityLineDto.class, () -> {
                    CarbonActivityLineDto created = service.addLine(productionId, input);
                    URI location = uriInfo.getAbsolutePathBuilder().path(created.id().toString()).build();
                    return RestResponse.ResponseBuilder.<CarbonActivityLineDto> created(location).entity(created).build();
                });
    }

    @DELETE
    @Path("activity-lines/{lineId}")
    @RolesAllowed({ Roles.ACCOUNTANT, Roles.PRODUCTION_MANAGER })
    @Operation(operationId = "deleteCarbonActivityLine", summary = "Remove entered activity data",
            description = "The statements no longer count it. 404 when the line is not one of this production's.")
    @APIResponse(responseCode = "204", description = "Removed")
    public RestResponse<Void> deleteCarbonActivityLine(@PathParam("productionId") UUID productionId,
            @PathParam("lineId") UUID lineId) {
        service.deleteLine(productionId, lineId);
        return RestResponse.noContent();
    }

    @GET
    @Path("forecast")
    @RolesAllowed({ Roles.ACCOUNTANT, Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.AUDITOR })
    @Operation(operationId = "getCarbonForecast", summary = "Read the forecast carbon footprint (bilan prévisionnel)",
            description = "The forecast activity data, and the spend of the latest locked devis version on the accounts "
                    + "mapped to a monetary activity (except accounts covered by entered data), each times the factor in "
                    + "force on the date, rounded to the gram; per category and in total, in kg and tonnes. Computed on "
                    + "read: locking a new version moves it. Warnings list what could not be counted.")
    public CarbonStatementDto getCarbonForecast(@PathParam("productionId") UUID productionId,
            @Parameter(description = FACTORS_ON) @QueryParam("on") LocalDate on) {
        return service.forecast(productionId, on);
    }

    @GET
    @Path("final")
    @RolesAllowed({ Roles.ACCOUNTANT, Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.AUDITOR })
    @Operation(operationId = "getCarbonFinalStatement", summary = "Read the final carbon footprint (bilan définitif)",
            description = "The final activity data, and the actual costs booked on the lines of the locked devis version "
                    + "whose accounts are mapped to a monetary activity (except accounts covered by entered data), each "
                    + "times the factor in force on the date; per category and in total, in kg and tonnes.")
    public CarbonStatementDto getCarbonFinalStatement(@PathParam("productionId") UUID productionId,
            @Parameter(description = FACTORS_ON) @QueryParam("on") LocalDate on) {
        return service.finalStatement(productionId, on);
    }

    @GET
    @Path("export.csv")
    @Produces(CsvExport.MEDIA_TYPE)
    @RolesAllowed({ Roles.ACCOUNTANT, Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.AUDITOR })
    @Operation(operationId = "downloadCarbonStatementCsv", summary = "Export a carbon statement as CSV",
            description = "The forecast or final statement as a file to keep with the filing: its lines with each factor's "
                    + "value, date and source, then the total of each category of the CNC-approved calculators and the "
                    + "grand total, in kg and tonnes. ';', UTF-8 with BOM, headers and numbers in French (decimal comma) "
                    + "or English.")
    @APIResponse(responseCode = "200", description = "The CSV file",
            content = @Content(mediaType = CsvExport.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<byte[]> downloadCarbonStatementCsv(@PathParam("productionId") UUID productionId,
            @Parameter(description = "FORECAST or FINAL") @QueryParam("basis") @DefaultValue("FORECAST") CarbonBasis basis,
            @Parameter(description = "fr or en") @QueryParam("lang") @DefaultValue("fr")
            @Pattern(regexp = "fr|en", message = "must be fr or en") String lang,
            @Parameter(description = FACTORS_ON) @QueryParam("on") LocalDate on) {
        CsvExport.Lang l = CsvExport.Lang.valueOf(lang);
        CarbonStatementDto s = basis == CarbonBasis.FINAL ? service.finalStatement(productionId, on)
                : service.forecast(productionId, on);
        return RestResponse.ResponseBuilder.ok(CarbonStatementCsv.of(s, l), CsvExport.MEDIA_TYPE)
                .header("Content-Disposition", CsvExport.attachment(CarbonStatementCsv.fileName(basis, l))).build();
    }
}
