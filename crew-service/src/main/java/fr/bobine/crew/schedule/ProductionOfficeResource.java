package fr.bobine.crew.schedule;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import fr.bobine.platform.http.Etags;
import fr.bobine.platform.security.Roles;

@Path("/productions/{productionId}/production-office")
@Tag(name = "Call sheets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProductionOfficeResource {

    @Inject
    ProductionOfficeService service;

    @GET
    @RolesAllowed({ Roles.PRODUCTION_MANAGER, Roles.PRODUCER, Roles.PAYROLL, Roles.ACCOUNTANT, Roles.AUDITOR })
    @Operation(operationId = "getProductionOffice", summary = "Read the production office's settings",
            description = "Address and phone, the call of each department relative to the unit call, the emergency contacts and "
                    + "the positions filed under another department. Version 0 (ETag \"0\") until first saved.")
    @APIResponse(responseCode = "200", description = "Found", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProductionOfficeDto.class)))
    public RestResponse<ProductionOfficeDto> getProductionOffice(@PathParam("productionId") UUID productionId) {
        ProductionOfficeDto office = service.get(productionId);
        return RestResponse.ResponseBuilder.ok(office).header("ETag", Etags.of(office.version())).build();
    }

    @PUT
    @RolesAllowed({ Roles.PRODUCTION_MANAGER, Roles.PRODUCER })
    @Operation(operationId = "replaceProductionOffice", summary = "Change the production office's settings",
            description = "Replaced whole under If-Match (\"0\" the first time). Offsets are in quarter hours; a department or a "
                    + "position listed twice, or an unknown position, is 400. The new calls apply to the call sheets and planned "
                    + "labour computed from now on; a call sheet already sent keeps its times.")
    @APIResponse(responseCode = "200", description = "Replaced", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProductionOfficeDto.class)))
    public RestResponse<ProductionOfficeDto> replaceProductionOffice(@PathParam("productionId") UUID productionId,
            @Parameter(in = ParameterIn.HEADER, required = true, description = "The settings' ETag") @HeaderParam(Etags.IF_MATCH) String ifMatch,
            @Valid @NotNull ProductionOfficeInput input) {
        ProductionOfficeDto office = service.replace(productionId, ifMatch, input);
        return RestResponse.ResponseBuilder.ok(office).header("ETag", Etags.of(office.version())).build();
    }
}
