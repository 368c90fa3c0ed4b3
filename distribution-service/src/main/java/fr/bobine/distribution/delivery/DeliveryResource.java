package fr.bobine.distribution.delivery;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import fr.bobine.distribution.delivery.DeliveryDtos.DeliverableDto;
import fr.bobine.distribution.delivery.DeliveryDtos.DeliverablePage;
import fr.bobine.distribution.delivery.DeliveryDtos.NewDeliverable;
import fr.bobine.distribution.delivery.DeliveryDtos.QcTransitionRequest;
import fr.bobine.platform.http.Etags;
import fr.bobine.platform.http.PageRequest;
import fr.bobine.platform.idempotency.IdempotencyKeys;
import fr.bobine.platform.problem.ProblemException;
import fr.bobine.platform.security.Roles;

@Path("/productions/{productionId}/deliverables")
@Tag(name = "Deliveries", description = "Delivery schedules per recipient, technical specifications and QC")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DeliveryResource {

    @Inject
    Deliveries deliveries;

    @Inject
    IdempotencyKeys idempotency;

    @Inject
    UriInfo uriInfo;

    @POST
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.DISTRIBUTION_MANAGER })
    @Operation(operationId = "createDeliverable", summary = "Add a deliverable to a recipient's schedule",
            description = "In state REQUESTED, with its due date and the recipient's technical specification. A DCP name is "
                    + "checked against the ISDCF convention with warnings, never refused.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeliverableDto.class)))
    public RestResponse<DeliverableDto> createDeliverable(@PathParam("productionId") UUID productionId,
            @Parameter(in = ParameterIn.HEADER, description = "Retries with the same key replay the first response")
            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            @Valid @NotNull NewDeliverable request) {
        return idempotency.execute(idempotencyKey, "POST /productions/" + productionId + "/deliverables", request,
                DeliverableDto.class, () -> {
                    DeliverableDto created = deliveries.create(productionId, request);
                    URI location = uriInfo.getBaseUriBuilder().path("productions").path(productionId.toString())
                            .path("deliverables").path(created.id().toString()).build();
                    return RestResponse.ResponseBuilder.<DeliverableDto> created(location).entity(created)
                            .header("ETag", Etags.of(created.version())).build();
                });
    }

    @GET
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.DISTRIBUTION_MANAGER, Roles.RIGHTS_MANAGER, Roles.AUDITOR })
    @Operation(operationId = "listDeliverables", summary = "The delivery schedule",
            description = "Deliverables by due date, optionally of one recipient or in one QC state; paginated.")
    public DeliverablePage listDeliverables(@PathParam("productionId") UUID productionId,
            @QueryParam("recipient") String recipient, @QueryParam("qcState") QcState qcState,
            @Valid @BeanParam PageRequest page) {
        return deliveries.list(productionId, recipient, qcState, page);
    }

    @GET
    @Path("/{deliverableId}")
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.DISTRIBUTION_MANAGER, Roles.RIGHTS_MANAGER, Roles.AUDITOR })
    @Operation(operationId = "getDeliverable", summary = "Read a deliverable",
            description = "With its QC history, the states it may move to, and its ETag.")
    public RestResponse<DeliverableDto> getDeliverable(@PathParam("productionId") UUID productionId,
            @PathParam("deliverableId") UUID deliverableId) {
        DeliverableDto dto = deliveries.find(productionId, deliverableId)
                .orElseThrow(() -> ProblemException.notFound("deliverable", deliverableId));
        return RestResponse.ResponseBuilder.ok(dto).header("ETag", Etags.of(dto.version())).build();
    }

    @POST
    @Path("/{deliverableId}/qc-transitions")
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.DISTRIBUTION_MANAGER })
    @Operation(operationId = "transitionDeliverable", summary = "Move a deliverable through QC",
            description = "REQUESTED -> DELIVERED -> IN_QC -> ACCEPTED | REDELIVERY_REQUESTED | REJECTED; REDELIVERY_REQUESTED -> "
                    + "DELIVERED; REJECTED -> REQUESTED. Any other move is a 409. Needs If-Match. Accepting the last "
                    + "deliverable of an ON_DELIVERY MG instalment publishes distribution.mg.instalment.fell-due.")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeliverableDto.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public RestResponse<DeliverableDto> transitionDeliverable(@PathParam("productionId") UUID productionId,
            @PathParam("deliverableId") UUID deliverableId,
            @Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam(Etags.IF_MATCH) String ifMatch,
            @Valid @NotNull QcTransitionRequest request) {
        DeliverableDto dto = deliveries.transition(productionId, deliverableId, ifMatch, request);
        return RestResponse.ResponseBuilder.ok(dto).header("ETag", Etags.of(dto.version())).build();
    }
}
