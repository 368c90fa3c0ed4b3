package fr.bobine.budget.cashflow;

import java.time.LocalDate;
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
import jakarta.ws.rs.PUT;
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

import fr.bobine.platform.csv.CsvExport;
import fr.bobine.platform.security.Roles;

@Path("/productions/{productionId}/cash-flow")
@Tag(name = "Cash flow", description = "The plan de trésorerie week by week, its settings and the shortfall check")
public class CashFlowResource {

    static final String CSV = "text/csv";

    @Inject
    CashFlowService service;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ACCOUNTANT, Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.AUDITOR })
    @Operation(operationId = "getCashFlowPlan", summary = "Read the cash-flow plan",
            description = "ISO weeks from Monday, VAT included: opening balance, money in and out by category, net, "
                    + "closing balance and a shortfall flag below the threshold, with the movements behind each week. "
                    + "Money in: instalments of confirmed and received financing sources (not-confirmed ones are shown "
                    + "apart). Money out: supplier invoices (unpaid part on the due date, imported payments on their "
                    + "date), the part of orders not invoiced yet plus VAT, crew payroll and rights statements. By default "
                    + "from the opening week to the last dated movement, at most 104 weeks; 156 weeks at most on request.")
    public CashFlowPlanDto getCashFlowPlan(@PathParam("productionId") UUID productionId,
            @Parameter(description = "a day of the first week to show, ISO 8601; not before the opening week")
            @QueryParam("from") LocalDate from,
            @Parameter(description = "a day of the last week to show, ISO 8601") @QueryParam("to") LocalDate to) {
        return service.plan(productionId, from, to);
    }

    @GET
    @Path("/export.csv")
    @Produces(CSV)
    @RolesAllowed({ Roles.ACCOUNTANT, Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.AUDITOR })
    @Operation(operationId = "downloadCashFlowPlanCsv", summary = "Export the cash-flow plan as CSV",
            description = "The same figures as the JSON plan: one row per week, then the movements behind each week; "
                    + "the conventions of every Bobine CSV (';', UTF-8 with BOM, lang fr or en), `plan-de-tresorerie.csv`.")
    @APIResponse(responseCode = "200", description = "The CSV file",
            content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<String> downloadCashFlowPlanCsv(@PathParam("productionId") UUID productionId,
            @Parameter(description = "a day of the first week to show, ISO 8601") @QueryParam("from") LocalDate from,
            @Parameter(description = "a day of the last week to show, ISO 8601") @QueryParam("to") LocalDate to,
            @Parameter(description = "Language of a CSV's header, numbers and dates: fr (default) or en") @QueryParam("lang")
            @DefaultValue("fr") @Pattern(regexp = "fr|en", message = "must be fr or en") String lang) {
        CashFlowPlanDto plan = service.plan(productionId, from, to);
        return RestResponse.ResponseBuilder.ok(CashFlowCsv.of(plan, CsvExport.lang(lang)), CsvExport.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"plan-de-tresorerie.csv\"").build();
    }

    @GET
    @Path("/settings")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ACCOUNTANT, Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.AUDITOR })
    @Operation(operationId = "getCashFlowSettings", summary = "Read the cash-flow settings",
            description = "Opening balance and its date, threshold, VAT rate of open orders, payroll and statement "
                    + "payment terms; the defaults (0, 0, 20 %, 5 days, the 15th of the next month, 30 days) until set.")
    public CashFlowSettingsDto getCashFlowSettings(@PathParam("productionId") UUID productionId) {
        return service.settings(productionId);
    }

    @PUT
    @Path("/settings")
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ACCOUNTANT })
    @Operation(operationId = "putCashFlowSettings", summary = "Set the cash-flow settings",
            description = "Replaces every setting; amounts in EUR.")
    public CashFlowSettingsDto putCashFlowSettings(@PathParam("productionId") UUID productionId,
            @Valid @NotNull CashFlowSettingsInput input) {
        return service.putSettings(productionId, input);
    }

    @POST
    @Path("/checks")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ACCOUNTANT, Roles.PRODUCER, Roles.PRODUCTION_MANAGER })
    @Operation(operationId = "checkCashFlow", summary = "Check the plan for a shortfall now",
            description = "Recomputes the plan and publishes budget.cash.shortfall.forecast when the weeks below the "
                    + "threshold (or their balances, or the threshold) changed since the last publication; a recovery "
                    + "publishes once with resolved = true. The same check runs on a schedule.")
    @APIResponse(responseCode = "200", description = "The check and whether it published",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CashFlowCheckDto.class)))
    public CashFlowCheckDto checkCashFlow(@PathParam("productionId") UUID productionId) {
        return service.check(productionId);
    }
}
