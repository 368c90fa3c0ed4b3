package fr.bobine.budget.supplier;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import fr.bobine.platform.http.PageRequest;
import fr.bobine.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;

/** Suppliers are shared by every production of the company, like the budget templates: they sit at the root. */
@Path("/suppliers")
@Tag(name = "Suppliers", description = "The companies productions buy from")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SupplierResource {

    /** One or more of the list's sort fields ({@link SupplierService#SORTS}), each with an optional minus. */
    static final String SORT_PATTERN = "^-?(name|siret|createdAt)(,-?(name|siret|createdAt))*$";

    @Inject
    SupplierService service;

    @Inject
    SecurityIdentity identity;

    @Inject
    UriInfo uriInfo;

    @POST
    @RolesAllowed({ Roles.ACCOUNTANT, Roles.PRODUCTION_MANAGER })
    @Operation(operationId = "createSupplier", summary = "Record a supplier",
            description = "Records a supplier with its SIRET (Luhn key checked), VAT number and IBAN. 409 when the SIRET is "
                    + "already recorded.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SupplierDto.class)))
    public RestResponse<SupplierDto> createSupplier(@Valid @NotNull SupplierInput input) {
        SupplierDto created = service.create(input, fullIban());
        URI location = uriInfo.getAbsolutePathBuilder().path(created.id().toString()).build();
        return RestResponse.ResponseBuilder.<SupplierDto> created(location).entity(created).build();
    }

    @GET
    @RolesAllowed({ Roles.ACCOUNTANT, Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.AUDITOR })
    @Operation(operationId = "listSuppliers", summary = "List suppliers",
            description = "Suppliers by name unless sort says otherwise, optionally those whose name contains a text or with a SIRET, paginated with "
                    + "page and size; the IBAN is masked unless the caller is an accountant.")
    public SupplierPage listSuppliers(
            @Parameter(description = "only the suppliers whose name contains this text, whatever the case")
            @QueryParam("name") String name,
            @Parameter(description = "only the supplier with this SIRET; spaces are ignored", example = "391 244 780 00014")
            @QueryParam("siret") String siret,
            @Parameter(description = "Sort field, -field for descending, several separated by commas; by name when absent",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 100, pattern = SORT_PATTERN, example = "-createdAt"))
            @QueryParam("sort") String sort,
            @Valid @BeanParam PageRequest page) {
        return service.list(name, siret, sort, page, fullIban());
    }

    @GET
    @Path("/{supplierId}")
    @RolesAllowed({ Roles.ACCOUNTANT, Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.AUDITOR })
    @Operation(operationId = "getSupplier", summary = "Read a supplier",
            description = "One supplier; the IBAN is masked unless the caller is an accountant.")
    public SupplierDto getSupplier(@PathParam("supplierId") UUID supplierId) {
        return service.get(supplierId, fullIban());
    }

    private boolean fullIban() {
        return identity.hasRole(Roles.ACCOUNTANT);
    }
}
