package fr.bobine.crew.payroll;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestResponse;

import fr.bobine.crew.person.PersonalDataRead;
import fr.bobine.platform.csv.CsvExport;
import fr.bobine.platform.security.Roles;

@Path("/productions/{productionId}/payroll-periods/{period}")
@Tag(name = "Payroll inputs", description = "Monthly payroll variables for the payroll software")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PayrollResource {

    @Inject
    PayrollService service;

    @GET
    @Path("/inputs")
    @RolesAllowed({ Roles.PAYROLL, Roles.ACCOUNTANT, Roles.PRODUCTION_MANAGER, Roles.AUDITOR })
    @PersonalDataRead
    @Operation(operationId = "getPayrollInputs", summary = "Payroll inputs of a month",
            description = "One line per employee, contract and payroll item (base, premiums, allowances, cachets, AEM hours) "
                    + "from the approved weeks starting in the month; frozen once the period is closed, plus adjustments.")
    public PayrollInputsDto getPayrollInputs(@PathParam("productionId") UUID productionId, @PathParam("period") String period) {
        return service.inputs(productionId, period);
    }

    @GET
    @Path("/inputs.csv")
    @Produces("text/csv")
    @RolesAllowed({ Roles.PAYROLL, Roles.ACCOUNTANT, Roles.AUDITOR })
    @PersonalDataRead
    @Operation(operationId = "downloadPayrollInputsCsv", summary = "Payroll inputs as CSV",
            description = "The same lines for the entertainment payroll import: matricule;date_debut_contrat;code_rubrique;"
                    + "quantite;montant;ajustement;motif (column codes the software reads, the same in both languages), "
                    + "UTF-8 with a byte-order mark, semicolons; lang=fr (default, the file to import) writes dd/mm/yyyy and "
                    + "decimal commas, lang=en ISO dates and decimal points. A reason starting with = + - @ is prefixed with '.")
    @APIResponse(responseCode = "200", description = "The CSV file",
            headers = @Header(name = "Content-Disposition", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<String> downloadPayrollInputsCsv(@PathParam("productionId") UUID productionId,
            @PathParam("period") String period,
            @Parameter(description = "fr or en") @QueryParam("lang") @DefaultValue("fr")
            @Pattern(regexp = "fr|en", message = "must be fr or en") String lang) {
        PayrollInputsDto inputs = service.inputs(productionId, period);
        return RestResponse.ResponseBuilder.ok(PayrollCsv.write(inputs.lines(), CsvExport.lang(lang)), CsvExport.MEDIA_TYPE)
                .header("Content-Disposition", CsvExport.attachment("payroll-inputs-" + period + ".csv")).build();
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Path("/closing")
    @RolesAllowed({ Roles.PAYROLL })
    @Operation(operationId = "closePayrollPeriod", summary = "Close a pay period",
            description = "Freezes the month's lines; approving a week of a closed month is then refused (409) and "
                    + "corrections are adjustments. Closing twice is 409.")
    public PayrollInputsDto closePayrollPeriod(@PathParam("productionId") UUID productionId, @PathParam("period") String period) {
        return service.close(productionId, period);
    }

    @POST
    @Path("/adjustments")
    @ResponseStatus(201)
    @RolesAllowed({ Roles.PAYROLL })
    @Operation(operationId = "createPayrollAdjustment", summary = "Add an adjustment line to a closed period",
            description = "A correction line keyed like the others and flagged as an adjustment; 409 while the period is open.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = PayrollInputLineDto.class)))
    public PayrollInputLineDto createPayrollAdjustment(@PathParam("productionId") UUID productionId,
            @PathParam("period") String period, @Valid @NotNull NewAdjustment request) {
        return service.adjust(productionId, period, request);
    }
}
