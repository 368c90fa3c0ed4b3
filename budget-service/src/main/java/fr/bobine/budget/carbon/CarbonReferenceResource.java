package fr.bobine.budget.carbon;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import fr.bobine.platform.http.Etags;
import fr.bobine.platform.idempotency.IdempotencyKeys;
import fr.bobine.platform.security.Roles;

/** The company-wide reference data of the footprint: activities, dated emission factors, devis-account mapping. */
@Path("/carbon")
@Tag(name = "Carbon footprint", description = "The production's bilan carbone, forecast from the locked devis and final from the actual costs, with dated emission factors")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CarbonReferenceResource {

    @Inject
    CarbonService service;

    @Inject
    IdempotencyKeys idempotency;

    @Context
    UriInfo uriInfo;

    @GET
    @Path("activities")
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.ACCOUNTANT, Roles.AUDITOR })
    @Operation(operationId = "listCarbonActivities", summary = "List the activities a footprint counts",
            description = "Each activity's category, unit (EUR for a monetary one) and the emission factor in force today.")
    public CarbonActivityList listCarbonActivities() {
        return service.activities();
    }

    @GET
    @Path("factors")
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.ACCOUNTANT, Roles.AUDITOR })
    @Operation(operationId = "listCarbonFactors", summary = "List emission factors",
            description = "Every factor with its value, date and source, newest first per activity; optionally of one activity.")
    public CarbonFactorList listCarbonFactors(
            @Parameter(description = "an activity code") @QueryParam("activityCode") @Size(max = 40) String activityCode) {
        return service.factorList(activityCode);
    }

    @POST
    @Path("factors")
    @RolesAllowed({ Roles.PRODUCER, Roles.ACCOUNTANT })
    @Operation(operationId = "addCarbonFactor", summary = "Add an emission factor from a date",
            description = "Factors are never overwritten: a newer one is in force from its valid-from date, the older one "
                    + "stays for earlier dates. 400 for an unknown activity, a negative value, more than 6 decimals or no "
                    + "source; 409 when the activity already has a factor from that date. Idempotency-Key makes retries safe.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CarbonFactorDto.class)))
    public RestResponse<CarbonFactorDto> addCarbonFactor(
            @Parameter(in = ParameterIn.HEADER, description = "Retries with the same key replay the first response")
            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            @Valid @NotNull CarbonFactorInput input) {
        return idempotency.execute(idempotencyKey, "POST carbon factors", input, CarbonFactorDto.class, () -> {
            CarbonFactorDto created = service.addFactor(input);
            URI location = uriInfo.getAbsolutePathBuilder().queryParam("activityCode", created.activityCode()).build();
            return RestResponse.ResponseBuilder.<CarbonFactorDto> created(location).entity(created).build();
        });
    }

    @GET
    @Path("account-mappings")
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.ACCOUNTANT, Roles.AUDITOR })
    @Operation(operationId = "listCarbonAccountMappings", summary = "List the devis accounts counted in euros",
            description = "Which monetary activity the spend on each devis account (and its sub-accounts) counts as; "
                    + "optionally of one template.")
    public CarbonAccountMappingList listCarbonAccountMappings(
            @Parameter(description = "a devis template code") @QueryParam("templateCode") @Size(max = 40) String templateCode) {
        return service.mappings(templateCode);
    }

    @PUT
    @Path("account-mappings/{templateCode}/{accountCode}")
    @RolesAllowed({ Roles.PRODUCER, Roles.ACCOUNTANT })
    @Operation(operationId = "putCarbonAccountMapping", summary = "Set the activity a devis account's spend counts as",
            description = "Creates or replaces the mapping; If-Match is checked when sent. 404 for an unknown account of "
                    + "the template, 400 for an unknown activity, 422 for an activity not counted in euros.")
    public RestResponse<CarbonAccountMappingDto> putCarbonAccountMapping(
            @PathParam("templateCode") @Size(max = 40) String templateCode,
            @PathParam("accountCode") @Size(max = 20) String accountCode,
            @Parameter(in = ParameterIn.HEADER, description = "The mapping's ETag") @HeaderParam(Etags.IF_MATCH) String ifMatch,
            @Valid @NotNull CarbonAccountMappingInput input) {
        CarbonAccountMappingDto m = service.putMapping(templateCode, accountCode, ifMatch, input);
        return RestResponse.ResponseBuilder.ok(m).header("ETag", Etags.of(m.version())).build();
    }

    @DELETE
    @Path("account-mappings/{templateCode}/{accountCode}")
    @RolesAllowed({ Roles.PRODUCER, Roles.ACCOUNTANT })
    @Operation(operationId = "deleteCarbonAccountMapping", summary = "Stop counting a devis account's spend",
            description = "Spend on the account then counts under its nearest mapped ancestor, or not at all.")
    @APIResponse(responseCode = "204", description = "Removed")
    public RestResponse<Void> deleteCarbonAccountMapping(@PathParam("templateCode") @Size(max = 40) String templateCode,
            @PathParam("accountCode") @Size(max = 20) String accountCode) {
        service.deleteMapping(templateCode, accountCode);
        return RestResponse.noContent();
    }
}
