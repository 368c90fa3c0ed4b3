package fr.bobine.budget.production;

import java.net.URI;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

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
import fr.bobine.platform.http.PageRequest;
import fr.bobine.platform.http.TextSearch;
import fr.bobine.platform.idempotency.IdempotencyKeys;
import fr.bobine.platform.membership.Membership;
import fr.bobine.platform.problem.ProblemException;
import fr.bobine.platform.production.ProductionKind;
import fr.bobine.platform.production.ProductionStatus;
import fr.bobine.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;

@Path("/productions")
@Tag(name = "Productions", description = "The master record of each film or series")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProductionResource {

    @Inject
    ProductionService service;

    @Inject
    IdempotencyKeys idempotency;

    @Inject
    UriInfo uriInfo;

    @Inject
    Membership membership;

    @Inject
    SecurityIdentity identity;

    @POST
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER })
    @Operation(operationId = "createProduction", summary = "Create a production",
            description = "Creates the master record of a film or series and publishes production.created. "
                    + "An Idempotency-Key makes retries safe: the same key and body replay the first response.")
    @APIResponse(responseCode = "201", description = "Created",
            headers = { @Header(name = "Location", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
                    @Header(name = "ETag", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProductionDto.class)))
    public RestResponse<ProductionDto> createProduction(
            @Parameter(in = ParameterIn.HEADER, description = "Retries with the same key replay the first response")
            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            @Valid @NotNull NewProduction request) {
        return idempotency.execute(idempotencyKey, "POST /productions", request, ProductionDto.class, () -> {
            ProductionDto created = service.create(request, Membership.companyWide(identity) ? Optional.empty()
                    : Optional.of(identity.getPrincipal().getName()));
            URI location = uriInfo.getBaseUriBuilder().path(ProductionResource.class).path(created.id().toString()).build();
            return RestResponse.ResponseBuilder.<ProductionDto> created(location).entity(created)
                    .header("ETag", Etags.of(created.version())).build();
        });
    }

    @GET
    @Path("/{productionId}")
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.ACCOUNTANT, Roles.PAYROLL, Roles.RIGHTS_MANAGER,
            Roles.DISTRIBUTION_MANAGER, Roles.AUDITOR })
    @Operation(operationId = "getProduction", summary = "Read one production",
            description = "Returns the production with its ETag, to send back in If-Match when changing it.")
    public RestResponse<ProductionDto> getProduction(@PathParam("productionId") UUID productionId) {
        ProductionDto production = service.find(productionId)
                .orElseThrow(() -> ProblemException.notFound("production", productionId));
        return RestResponse.ResponseBuilder.ok(production).header("ETag", Etags.of(production.version())).build();
    }

    @GET
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.ACCOUNTANT, Roles.PAYROLL, Roles.RIGHTS_MANAGER,
            Roles.DISTRIBUTION_MANAGER, Roles.AUDITOR })
    @Operation(operationId = "listProductions", summary = "List productions",
            description = "Productions newest first unless sort says otherwise, optionally those whose title or original "
                    + "title contains a text (case and accents ignored) and of a kind and status, paginated with page and "
                    + "size: every production for a company-wide role, the caller's own productions otherwise.")
    public ProductionPage listProductions(
            @Parameter(description = "Text search in the title and original title, case and accents ignored: "
                    + "phare finds La Nuit du Phare, eleve finds L'Élève") @QueryParam("q") @Size(max = TextSearch.MAX_LENGTH) String q,
            @QueryParam("kind") ProductionKind kind, @QueryParam("status") ProductionStatus status,
            @Parameter(description = "Sort field, -field for descending, several separated by commas; the newest first "
                    + "when absent", schema = @Schema(type = SchemaType.STRING, maxLength = 100, pattern = SORT_PATTERN,
                            example = "title")) @QueryParam("sort") String sort,
            @Valid @BeanParam PageRequest page) {
        return service.list(q, kind, status, sort, membership.visibleProductions(identity), page);
    }

    /** One or more of the list's sort fields, each with an optional minus. */
    static final String SORT_PATTERN = "^-?(title|createdAt|status|plannedShootingStart)(,-?(title|createdAt|status|plannedShootingStart))*$";

    @PATCH
    @Path("/{productionId}")
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER })
    @Operation(operationId = "updateProduction",
            summary = "Change a production",
            description = "Changes the fields sent (absent fields keep their value). Needs If-Match with the current ETag: "
                    + "412 when stale, 428 when missing. Publishes production.updated.")
    public RestResponse<ProductionDto> updateProduction(@PathParam("productionId") UUID productionId,
            @Parameter(in = ParameterIn.HEADER, required = true, description = "The ETag read with the production")
            @HeaderParam(Etags.IF_MATCH) String ifMatch,
            @Valid @NotNull ProductionPatch patch) {
        ProductionDto updated = service.update(productionId, ifMatch, patch);
        return RestResponse.ResponseBuilder.ok(updated).header("ETag", Etags.of(updated.version())).build();
    }
}
