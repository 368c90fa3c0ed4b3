package fr.bobine.distribution.festival;

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
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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

import fr.bobine.distribution.festival.FestivalDtos.FeePayment;
import fr.bobine.distribution.festival.FestivalDtos.NewSubmission;
import fr.bobine.distribution.festival.FestivalDtos.SubmissionDto;
import fr.bobine.distribution.festival.FestivalDtos.SubmissionPage;
import fr.bobine.distribution.festival.FestivalDtos.SubmissionPatch;
import fr.bobine.distribution.festival.FestivalDtos.SubmissionPreview;
import fr.bobine.distribution.screening.ScreeningImpact;
import fr.bobine.platform.http.Etags;
import fr.bobine.platform.http.PageRequest;
import fr.bobine.platform.idempotency.IdempotencyKeys;
import fr.bobine.platform.problem.ProblemException;
import fr.bobine.platform.security.Roles;

@Path("/productions/{productionId}/submissions")
@Tag(name = "Festival submissions", description = "A production's festival submissions, their premiere eligibility and fees")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SubmissionResource {

    @Inject
    Submissions submissions;

    @Inject
    IdempotencyKeys idempotency;

    @Inject
    UriInfo uriInfo;

    @POST
    @RolesAllowed({ Roles.PRODUCER, Roles.DISTRIBUTION_MANAGER })
    @Operation(operationId = "createSubmission", summary = "Submit the film to a festival section",
            description = "Takes the fee of the chosen deadline tier. After the festival's last deadline, or after the tier's, "
                    + "a 422; an unknown section or tier a 400; the same section twice a 409.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubmissionDto.class)))
    public RestResponse<SubmissionDto> createSubmission(@PathParam("productionId") UUID productionId,
            @Parameter(in = ParameterIn.HEADER, description = "Retries with the same key replay the first response")
            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            @Valid @NotNull NewSubmission request) {
        return idempotency.execute(idempotencyKey, "POST /productions/" + productionId + "/submissions", request,
                SubmissionDto.class, () -> {
                    SubmissionDto created = submissions.submit(productionId, request);
                    URI location = uriInfo.getBaseUriBuilder().path("productions").path(productionId.toString())
                            .path("submissions").path(created.id().toString()).build();
                    return RestResponse.ResponseBuilder.<SubmissionDto> created(location).entity(created)
                            .header("ETag", Etags.of(created.version())).build();
                });
    }

    @POST
    @Path("/preview")
    @RolesAllowed({ Roles.PRODUCER, Roles.DISTRIBUTION_MANAGER, Roles.AUDITOR })
    @Operation(operationId = "previewSubmission", summary = "What a selection in this section would make ineligible",
            description = "Treats a selection as a public screening at the festival's opening and lists the pending "
                    + "submissions whose premiere rule it would break. Stores nothing.")
    public ScreeningImpact previewSubmission(@PathParam("productionId") UUID productionId,
            @Valid @NotNull SubmissionPreview request) {
        return submissions.previewSelection(productionId, request);
    }

    @GET
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.DISTRIBUTION_MANAGER, Roles.ACCOUNTANT, Roles.AUDITOR })
    @Operation(operationId = "listSubmissions", summary = "List the production's submissions",
            description = "With each submission's premiere eligibility evaluated on the screening log now; paginated.")
    public SubmissionPage listSubmissions(@PathParam("productionId") UUID productionId, @Valid @BeanParam PageRequest page) {
        return submissions.list(productionId, page);
    }

    @GET
    @Path("/{submissionId}")
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.DISTRIBUTION_MANAGER, Roles.ACCOUNTANT, Roles.AUDITOR })
    @Operation(operationId = "getSubmission", summary = "Read a submission",
            description = "The submission with its ETag and its premiere eligibility.")
    public RestResponse<SubmissionDto> getSubmission(@PathParam("productionId") UUID productionId,
            @PathParam("submissionId") UUID submissionId) {
        SubmissionDto dto = submissions.find(productionId, submissionId)
                .orElseThrow(() -> ProblemException.notFound("submission", submissionId));
        return RestResponse.ResponseBuilder.ok(dto).header("ETag", Etags.of(dto.version())).build();
    }

    @PATCH
    @Path("/{submissionId}")
    @RolesAllowed({ Roles.PRODUCER, Roles.DISTRIBUTION_MANAGER })
    @Operation(operationId = "updateSubmission", summary = "Change a submission's statuses",
            description = "Submission status and judging status change separately; needs If-Match (428 missing, 412 stale).")
    public RestResponse<SubmissionDto> updateSubmission(@PathParam("productionId") UUID productionId,
            @PathParam("submissionId") UUID submissionId,
            @Parameter(in = ParameterIn.HEADER, required = true) @HeaderParam(Etags.IF_MATCH) String ifMatch,
            @Valid @NotNull SubmissionPatch patch) {
        SubmissionDto dto = submissions.update(productionId, submissionId, ifMatch, patch);
        return RestResponse.ResponseBuilder.ok(dto).header("ETag", Etags.of(dto.version())).build();
    }

    @POST
    @Path("/{submissionId}/fee-payment")
    @RolesAllowed({ Roles.PRODUCER, Roles.DISTRIBUTION_MANAGER, Roles.ACCOUNTANT })
    @Operation(operationId = "paySubmissionFee", summary = "Record the entry fee as paid",
            description = "Publishes distribution.cost.incurred for budget-service. A second payment is a 409; a retry with the "
                    + "same Idempotency-Key replays the first answer.")
    public RestResponse<SubmissionDto> paySubmissionFee(@PathParam("productionId") UUID productionId,
            @PathParam("submissionId") UUID submissionId,
            @Parameter(in = ParameterIn.HEADER, description = "Retries with the same key replay the first response")
            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            @Valid @NotNull FeePayment payment) {
        return idempotency.execute(idempotencyKey, "POST /productions/" + productionId + "/submissions/" + submissionId
                + "/fee-payment", payment, SubmissionDto.class, () -> {
                    SubmissionDto dto = submissions.payFee(productionId, submissionId, payment);
                    return RestResponse.ResponseBuilder.ok(dto).header("ETag", Etags.of(dto.version())).build();
                });
    }
}
