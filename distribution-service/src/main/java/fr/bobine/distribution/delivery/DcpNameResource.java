package fr.bobine.distribution.delivery;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fr.bobine.distribution.delivery.DeliveryDtos.DcpNameCheck;
import fr.bobine.distribution.delivery.DeliveryDtos.DcpNameRequest;
import fr.bobine.platform.security.Roles;

@Path("/dcp-names")
@Tag(name = "Deliveries", description = "Delivery schedules per recipient, technical specifications and QC")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DcpNameResource {

    @POST
    @Path("/check")
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.DISTRIBUTION_MANAGER, Roles.AUDITOR })
    @Operation(operationId = "checkDcpName", summary = "Check a DCP name against the ISDCF convention",
            description = "Reads the 12 fields and lists warnings; a name is never refused (ISDCF: systems shall not reject "
                    + "content for naming errors).")
    public DcpNameCheck checkDcpName(@Valid @NotNull DcpNameRequest request) {
        return Deliveries.check(request.name());
    }
}
