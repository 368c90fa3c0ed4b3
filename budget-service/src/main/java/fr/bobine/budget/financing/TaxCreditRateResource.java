package fr.bobine.budget.financing;

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

@Path("/tax-credit-rates")
@Tag(name = "Financing plan", description = "The sources of a production's financing, balanced against its locked budget")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TaxCreditRateResource {

    @Inject
    FinancingService service;

    @GET
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.ACCOUNTANT, Roles.AUDITOR })
    @Operation(operationId = "listTaxCreditRates", summary = "List tax-credit rates",
            description = "The dated rates and caps of each tax-credit scheme, optionally of one scheme.")
    public TaxCreditRateList listTaxCreditRates(@QueryParam("scheme") TaxCreditScheme scheme) {
        return service.rates(scheme);
    }

    @POST
    @RolesAllowed({ Roles.PRODUCER, Roles.ACCOUNTANT })
    @Operation(operationId = "createTaxCreditRate", summary = "Add a tax-credit rate",
            description = "A rate for a scheme over a period; 409 when it overlaps another period of the scheme.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TaxCreditRateDto.class)))
    public RestResponse<TaxCreditRateDto> createTaxCreditRate(@Valid @NotNull TaxCreditRateInput input) {
        TaxCreditRateDto created = service.addRate(input);
        return RestResponse.ResponseBuilder.<TaxCreditRateDto> create(RestResponse.Status.CREATED).entity(created)
                .header("ETag", Etags.of(created.version())).build();
    }

    @POST
    @Path("/{rateId}/closing")
    @RolesAllowed({ Roles.PRODUCER, Roles.ACCOUNTANT })
    @Operation(operationId = "closeTaxCreditRate", summary = "End a tax-credit rate's period",
            description = "Sets the last day the rate applies, so that a new rate can follow. Needs If-Match.")
    public RestResponse<TaxCreditRateDto> closeTaxCreditRate(@PathParam("rateId") UUID rateId,
            @Parameter(in = ParameterIn.HEADER, required = true, description = "The rate's ETag") @HeaderParam(Etags.IF_MATCH) String ifMatch,
            @Parameter(description = "Last day of validity", required = true) @QueryParam("validTo") @NotNull LocalDate validTo) {
        TaxCreditRateDto closed = service.closeRate(rateId, ifMatch, validTo);
        return RestResponse.ResponseBuilder.ok(closed).header("ETag", Etags.of(closed.version())).build();
    }
}
