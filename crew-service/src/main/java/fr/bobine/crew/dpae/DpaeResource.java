package fr.bobine.crew.dpae;

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

@Path("/productions/{productionId}")
@Tag(name = "DPAE", description = "Déclarations préalables à l'embauche, one per contract")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DpaeResource {

    @Inject
    DpaeService service;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Path("/contracts/{contractId}/dpae")
    @ResponseStatus(201)
    @RolesAllowed({ Roles.PAYROLL, Roles.PRODUCTION_MANAGER })
    @Operation(operationId = "createDpae", summary = "Prepare the DPAE of a contract",
            description = "Checks the fields of art. R1221-1 and the window: not earlier than 8 days before the hiring, before "
                    + "the first hour of work (422 otherwise, nothing stored). One DPAE per contract (409).")
    @APIResponse(responseCode = "201", description = "Prepared, to send",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = DpaeDto.class)))
    public DpaeDto createDpae(@PathParam("productionId") UUID productionId, @PathParam("contractId") UUID contractId) {
        return service.declare(productionId, contractId);
    }

    @GET
    @Path("/contracts/{contractId}/dpae")
    @RolesAllowed({ Roles.PAYROLL, Roles.PRODUCTION_MANAGER, Roles.PRODUCER, Roles.AUDITOR })
    @PersonalDataRead
    @Operation(operationId = "getDpae", summary = "Read the DPAE of a contract", description = "Status and deadline window.")
    public DpaeDto getDpae(@PathParam("productionId") UUID productionId, @PathParam("contractId") UUID contractId) {
        return service.get(productionId, contractId);
    }

    @GET
    @Path("/contracts/{contractId}/dpae.xml")
    @Produces("application/xml")
    @RolesAllowed({ Roles.PAYROLL })
    @PersonalDataRead
    @Operation(operationId = "downloadDpaeXml", summary = "The DPAE as URSSAF XML",
            description = "FR_DUE_Upload document (test indicator 120) as deposited on the DPAE EDI channel; carries the NIR, "
                    + "payroll role only, audited.")
    @APIResponse(responseCode = "200", description = "The XML file",
            content = @Content(mediaType = "application/xml", schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<String> downloadDpaeXml(@PathParam("productionId") UUID productionId,
            @PathParam("contractId") UUID contractId) {
        String xml = DueXml.write(service.export(productionId, contractId), false);
        return RestResponse.ResponseBuilder.ok(xml, "application/xml; charset=ISO-8859-1")
                .header("Content-Disposition", "attachment; filename=\"dpae-" + contractId + ".xml\"").build();
    }

    @GET
    @Path("/contracts/{contractId}/dpae.csv")
    @Produces("text/csv")
    @RolesAllowed({ Roles.PAYROLL })
    @PersonalDataRead
    @Operation(operationId = "downloadDpaeCsv", summary = "The DPAE as CSV for manual filing",
            description = "The R1221-1 fields in one semicolon-separated line, to type into due.urssaf.fr; payroll role only, "
                    + "audited. The column codes name the DUE fields and are the same in both languages; UTF-8 with a "
                    + "byte-order mark; lang=fr (default) writes dd/mm/yyyy dates as the form takes them, lang=en ISO dates.")
    @APIResponse(responseCode = "200", description = "The CSV file",
            headers = @Header(name = "Content-Disposition", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<String> downloadDpaeCsv(@PathParam("productionId") UUID productionId,
            @PathParam("contractId") UUID contractId,
            @Parameter(description = "fr or en") @QueryParam("lang") @DefaultValue("fr")
            @Pattern(regexp = "fr|en", message = "must be fr or en") String lang) {
        String csv = DpaeService.csv(service.export(productionId, contractId), CsvExport.lang(lang));
        return RestResponse.ResponseBuilder.ok(csv, CsvExport.MEDIA_TYPE)
                .header("Content-Disposition", CsvExport.attachment("dpae-" + contractId + ".csv")).build();
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Path("/contracts/{contractId}/dpae/transmission")
    @RolesAllowed({ Roles.PAYROLL })
    @Operation(operationId = "sendDpae", summary = "Send the DPAE to URSSAF",
            description = "Deposits the XML through the URSSAF gateway, records the request and the flow id; status SENT.")
    public DpaeDto sendDpae(@PathParam("productionId") UUID productionId, @PathParam("contractId") UUID contractId) {
        return service.send(productionId, contractId);
    }

    @POST
    @Path("/contracts/{contractId}/dpae/answer")
    @RolesAllowed({ Roles.PAYROLL })
    @Operation(operationId = "recordDpaeAnswer", summary = "Record URSSAF's answer",
            description = "Accepted (conformity certificate) or rejected with URSSAF's message; a rejected DPAE can be sent again.")
    public DpaeDto recordDpaeAnswer(@PathParam("productionId") UUID productionId, @PathParam("contractId") UUID contractId,
            @Valid @NotNull DpaeAnswer answer) {
        return service.answer(productionId, contractId, answer);
    }

    @GET
    @Path("/dpae-alerts")
    @RolesAllowed({ Roles.PAYROLL, Roles.PRODUCTION_MANAGER, Roles.PRODUCER, Roles.AUDITOR })
    @PersonalDataRead
    @Operation(operationId = "listDpaeAlerts", summary = "Contracts starting within 48 h without accepted DPAE",
            description = "Draft or signed contracts whose first hour is in the next 48 hours and whose DPAE is missing, "
                    + "not sent, sent without answer or rejected.")
    public DpaeAlertList listDpaeAlerts(@PathParam("productionId") UUID productionId) {
        return new DpaeAlertList(service.alerts(productionId));
    }
}
