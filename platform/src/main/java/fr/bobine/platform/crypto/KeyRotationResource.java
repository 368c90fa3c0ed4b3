package fr.bobine.platform.crypto;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import fr.bobine.platform.problem.ProblemException;
import fr.bobine.platform.security.Roles;
import io.quarkus.arc.properties.IfBuildProperty;

/**
 * The personal-data keys and their rotation, in the services that hold personal data
 * ({@code bobine.personal-data.store=true} at build time).
 */
@Path("/admin/personal-data-keys")
@Tag(name = "Admin", description = "Operations on the event plumbing and the personal-data keys")
@Produces(MediaType.APPLICATION_JSON)
@IfBuildProperty(name = "bobine.personal-data.store", stringValue = "true")
public class KeyRotationResource {

    @Inject
    KeyRotation rotation;

    @Inject
    UriInfo uriInfo;

    @GET
    @RolesAllowed({ Roles.PRODUCER, Roles.AUDITOR })
    @Operation(operationId = "getPersonalDataKeys", summary = "Personal-data keys in use",
            description = "The active key and how many encrypted values each key holds; a rotation is done when only the "
                    + "active key holds values.")
    public PersonalDataKeysDto getPersonalDataKeys() {
        return rotation.keys();
    }

    @POST
    @Path("/rotations")
    @RolesAllowed(Roles.PRODUCER)
    @Operation(operationId = "startPersonalDataKeyRotation", summary = "Re-encrypt personal data under the active key",
            description = "Starts re-encrypting, in the background, every value still under an older key; the service keeps "
                    + "answering meanwhile. 409 while another rotation runs.")
    @APIResponse(responseCode = "201", description = "Started",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = KeyRotationDto.class)))
    public RestResponse<KeyRotationDto> startPersonalDataKeyRotation() {
        KeyRotationDto started = rotation.start();
        URI location = uriInfo.getAbsolutePathBuilder().path(started.id().toString()).build();
        return RestResponse.ResponseBuilder.<KeyRotationDto> created(location).entity(started).build();
    }

    @GET
    @Path("/rotations/{rotationId}")
    @RolesAllowed({ Roles.PRODUCER, Roles.AUDITOR })
    @Operation(operationId = "getPersonalDataKeyRotation", summary = "One key rotation and its progress")
    public KeyRotationDto getPersonalDataKeyRotation(@PathParam("rotationId") UUID rotationId) {
        return rotation.find(rotationId).orElseThrow(() -> ProblemException.notFound("key rotation", rotationId));
    }
}
