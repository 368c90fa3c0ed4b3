package fr.bobine.rights.preset;

import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import fr.bobine.platform.security.Roles;

@Path("/waterfall-rates")
@Tag(name = "Waterfall presets", description = "Dated rates and the French presets built from them")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WaterfallRateResource {

    @Inject
    PresetService service;

    @GET
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.RIGHTS_MANAGER, Roles.ACCOUNTANT, Roles.AUDITOR })
    @Operation(operationId = "listWaterfallRates", summary = "List the dated rates",
            description = "VAT on tickets, TSA, default rental rate and the 2010 protocol caps, with their validity periods.")
    public WaterfallRateList listWaterfallRates(@Parameter(description = "Only this code") @QueryParam("code") String code,
            @Parameter(description = "Only the periods valid on this day") @QueryParam("on") LocalDate on) {
        return service.rates(code, on);
    }

    @POST
    @RolesAllowed({ Roles.PRODUCER, Roles.RIGHTS_MANAGER })
    @Operation(operationId = "addWaterfallRate", summary = "Add a period to a rate",
            description = "A new rate from validFrom; the open period of the same code ends the day before. 409 when a period "
                    + "already starts on or after validFrom.")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WaterfallRateDto.class)))
    public RestResponse<WaterfallRateDto> addWaterfallRate(@Valid @NotNull NewWaterfallRate request) {
        return RestResponse.status(RestResponse.Status.CREATED, service.addRate(request));
    }
}
