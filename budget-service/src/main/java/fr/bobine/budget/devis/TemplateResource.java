package fr.bobine.budget.devis;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import fr.bobine.platform.http.Etags;
import fr.bobine.platform.security.Roles;

@Path("/")
@Tag(name = "Budget reference data", description = "Budget templates (CNC devis layouts) and social-charge rates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TemplateResource {

    @Inject
    TemplateService service;

    @GET
    @Path("budget-templates")
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.ACCOUNTANT, Roles.AUDITOR })
    @Operation(operationId = "listBudgetTemplates", summary = "List budget templates",
            description = "The CNC cinema devis and the audiovisual devis, with their French and English names.")
    public TemplateList listBudgetTemplates() {
        return service.list();
    }

    @GET
    @Path("budget-templates/{templateCode}")
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.ACCOUNTANT, Roles.AUDITOR })
    @Operation(operationId = "getBudgetTemplate", summary = "Read a budget template",
            description = "Chapters, sub-accounts and lines in document order, with codes and French and English labels, "
                    + "and the percentage rules new budgets start with.")
    public TemplateDto getBudgetTemplate(@PathParam("templateCode") String templateCode) {
        return service.get(templateCode);
    }

    @PUT
    @Path("budget-templates/{templateCode}/accounts/{accountCode}")
    @RolesAllowed({ Roles.PRODUCER, Roles.ACCOUNTANT })
    @Operation(operationId = "putBudgetTemplateAccount", summary = "Create or change a template account",
            description = "Adds a sub-account or line under a parent, or changes an account's labels, default social-charge "
                    + "category and tax-credit eligibility. An account cannot move to another parent (409).")
    public TemplateAccountDto putBudgetTemplateAccount(@PathParam("templateCode") String templateCode,
            @PathParam("accountCode") String accountCode, @Valid @NotNull TemplateAccountInput input) {
        return service.putAccount(templateCode, accountCode, input);
    }

    @GET
    @Path("fringe-rates")
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.ACCOUNTANT, Roles.PAYROLL, Roles.AUDITOR })
    @Operation(operationId = "listFringeRates", summary = "List social-charge rates",
            description = "The dated employer social-charge rates by category, optionally those of one category or in force on a day.")
    public FringeRateList listFringeRates(@QueryParam("category") FringeCategory category,
            @Parameter(description = "Only the rates in force on this day") @QueryParam("on") LocalDate on) {
        return service.fringeRates(category, on);
    }

    @POST
    @Path("fringe-rates")
    @RolesAllowed({ Roles.PRODUCER, Roles.ACCOUNTANT })
    @Operation(operationId = "createFringeRate", summary = "Add a social-charge rate",
            description = "A rate for a category over a period; 409 when it overlaps another period of the same category.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FringeRateDto.class)))
    public RestResponse<FringeRateDto> createFringeRate(@Valid @NotNull FringeRateInput input) {
        FringeRateDto created = service.addFringeRate(input);
        return RestResponse.ResponseBuilder.<FringeRateDto> create(RestResponse.Status.CREATED).entity(created)
                .header("ETag", Etags.of(created.version())).build();
    }

    @PUT
    @Path("fringe-rates/{rateId}")
    @RolesAllowed({ Roles.PRODUCER, Roles.ACCOUNTANT })
    @Operation(operationId = "updateFringeRate", summary = "Change a social-charge rate",
            description = "Needs If-Match with the rate's ETag (412 stale, 428 missing); 409 on an overlapping period.")
    public RestResponse<FringeRateDto> updateFringeRate(@PathParam("rateId") UUID rateId,
            @Parameter(in = ParameterIn.HEADER, required = true, description = "The rate's ETag")
            @HeaderParam(Etags.IF_MATCH) String ifMatch, @Valid @NotNull FringeRateInput input) {
        FringeRateDto updated = service.updateFringeRate(rateId, ifMatch, input);
        return RestResponse.ResponseBuilder.ok(updated).header("ETag", Etags.of(updated.version())).build();
    }
}
