package fr.bobine.crew.person;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import fr.bobine.platform.http.Etags;
import fr.bobine.platform.http.PageRequest;
import fr.bobine.platform.problem.ProblemException;
import fr.bobine.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;

@Path("/people")
@Tag(name = "People", description = "Technicians and artists, with encrypted personal data")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PersonResource {

    @Inject
    PersonService service;

    @Inject
    PersonRetentionService retention;

    @Inject
    UriInfo uriInfo;

    @Inject
    PersonVisibility visibility;

    @Inject
    SecurityIdentity identity;

    @POST
    @RolesAllowed({ Roles.PAYROLL, Roles.PRODUCTION_MANAGER })
    @Operation(operationId = "createPerson", summary = "Register a technician or artist",
            description = "Validates the NIR key (Corsica 2A/2B) and the IBAN (its country's length and structure, mod 97), "
                    + "encrypts the personal data and gives an employee number. The same NIR twice is 409. Only payroll, which "
                    + "sees NIRs, may send one (403 otherwise): the 409 would tell who is registered.")
    @APIResponse(responseCode = "201", description = "Registered",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = PersonDto.class)))
    public RestResponse<PersonDto> createPerson(@Valid @NotNull NewPerson request,
            @jakarta.ws.rs.core.Context SecurityContext security) {
        // No Idempotency-Key here: the stored replay would keep personal data in clear; the NIR makes retries 409.
        if (!security.isUserInRole(Roles.PAYROLL) && Nir.normalize(request.nir()).isPresent()) {
            // A 409 for a NIR already registered would tell a role that only sees masked NIRs who is in the registry.
            throw new ProblemException(403, "nir-reserved-to-payroll", "Forbidden",
                    "only payroll registers a NIR: register the person without it and payroll adds it", null);
        }
        PersonDto created = service.create(request);
        PersonDto shown = security.isUserInRole(Roles.PAYROLL) ? created : service.read(created.id(), false).orElseThrow();
        URI location = uriInfo.getBaseUriBuilder().path(PersonResource.class).path(created.id().toString()).build();
        return RestResponse.ResponseBuilder.<PersonDto> created(location).entity(shown)
                .header("ETag", Etags.of(created.version())).build();
    }

    @GET
    @Path("/{personId}")
    @RolesAllowed({ Roles.PAYROLL, Roles.PRODUCTION_MANAGER, Roles.PRODUCER, Roles.ACCOUNTANT, Roles.AUDITOR })
    @Operation(operationId = "getPerson", summary = "Read one person",
            description = "Personal data (NIR, birth, address, IBAN) in full for the payroll role, masked for the others. "
                    + "Every read is audited.")
    public RestResponse<PersonDto> getPerson(@PathParam("personId") UUID personId,
            @jakarta.ws.rs.core.Context SecurityContext security) {
        PersonDto person = service.read(personId, security.isUserInRole(Roles.PAYROLL))
                .orElseThrow(() -> ProblemException.notFound("person", personId));
        return RestResponse.ResponseBuilder.ok(person).header("ETag", Etags.of(person.version())).build();
    }

    @PUT
    @Path("/{personId}")
    @RolesAllowed(Roles.PAYROLL)
    @Operation(operationId = "replacePerson", summary = "Change a person's record",
            description = "The whole record as for registering (payroll only, since it holds the personal data in full): "
                    + "a new address or bank account, a NIR that arrives or is corrected, a new name. NIR and IBAN are "
                    + "checked as at registration; a NIR another person has is 409; the kind cannot change once the person "
                    + "has a contract (409). The employee number stays. Needs If-Match: 412 stale, 428 missing.")
    public RestResponse<PersonDto> replacePerson(@PathParam("personId") UUID personId,
            @Parameter(in = ParameterIn.HEADER, required = true, description = "The ETag read with the person")
            @HeaderParam(Etags.IF_MATCH) String ifMatch,
            @Valid @NotNull NewPerson request) {
        PersonDto person = service.replace(personId, ifMatch, request);
        return RestResponse.ResponseBuilder.ok(person).header("ETag", Etags.of(person.version())).build();
    }

    @GET
    @RolesAllowed({ Roles.PAYROLL, Roles.PRODUCTION_MANAGER, Roles.PRODUCER, Roles.ACCOUNTANT, Roles.AUDITOR })
    @Operation(operationId = "searchPeople", summary = "Find people by name",
            description = "People whose last name, first names or full name contain the text, by name unless sort says "
                    + "otherwise, paginated: everyone "
                    + "for a company-wide role or grant, else the people engaged on the caller's productions and those they "
                    + "registered. Every person listed gets an audit record of the read.")
    public PersonPage searchPeople(@QueryParam("name") @Size(max = 200) String name,
            @Parameter(description = "Sort field, -field for descending, several separated by commas; by name (last name, "
                    + "then first names) when absent", schema = @Schema(type = SchemaType.STRING, maxLength = 100,
                            pattern = "^-?(name|employeeNumber|createdAt)(,-?(name|employeeNumber|createdAt))*$",
                            example = "employeeNumber")) @QueryParam("sort") String sort,
            @Valid @BeanParam PageRequest page, @jakarta.ws.rs.core.Context SecurityContext security) {
        return service.search(name, sort, page, security.isUserInRole(Roles.PAYROLL), visibility.visiblePeople(identity));
    }

    @GET
    @Path("/pseudonymisation-candidates")
    @RolesAllowed({ Roles.PAYROLL, Roles.AUDITOR })
    @Operation(operationId = "listPseudonymisationCandidates", summary = "Find people whose payroll records may be pseudonymised",
            description = "People not pseudonymised yet whose last payroll record (end of their last contract, last day "
                    + "worked, last payroll line) is older than the retention period in force (PAYROLL_RECORDS, 5 years: "
                    + "C. trav. L3243-4 and R1221-26) on the given day, by employee number, paginated. 422 when no period "
                    + "is in force.")
    public PseudonymisationCandidatePage listPseudonymisationCandidates(
            @Parameter(description = "The day to look from, today (Europe/Paris) by default") @QueryParam("on") LocalDate on,
            @Valid @BeanParam PageRequest page) {
        return retention.candidates(on == null ? LocalDate.now(ZoneId.of("Europe/Paris")) : on, page);
    }

    @POST
    @Path("/{personId}/pseudonymisation")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.PAYROLL)
    @Operation(operationId = "pseudonymisePerson", summary = "Pseudonymise a person",
            description = "Erases a person's names, sex, NIR, birth data, address, IBAN, Congés Spectacles number and medical "
                    + "visit date, and the DPAE requests that quoted them, once their payroll records have been kept for the "
                    + "retention period in force (422 retention-period-running before, naming the last day). The record "
                    + "keeps its id, employee number (its last name from then on) and kind, which the contracts, timesheets "
                    + "and payroll lines refer to. Needs If-Match: 412 stale, 428 missing; 409 when already done. Audited.")
    public RestResponse<PersonDto> pseudonymisePerson(@PathParam("personId") UUID personId,
            @Parameter(in = ParameterIn.HEADER, required = true, description = "The ETag read with the person")
            @HeaderParam(Etags.IF_MATCH) String ifMatch) {
        PersonDto person = retention.pseudonymise(personId, ifMatch);
        return RestResponse.ResponseBuilder.ok(person).header("ETag", Etags.of(person.version())).build();
    }
}
