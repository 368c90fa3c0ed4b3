package fr.bobine.distribution.festival;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import fr.bobine.distribution.festival.FestivalDtos.FestivalEditionDto;
import fr.bobine.distribution.festival.FestivalDtos.FestivalEditionPage;
import fr.bobine.distribution.festival.FestivalDtos.NewFestivalEdition;
import fr.bobine.distribution.festival.FestivalDtos.UpcomingDeadline;
import fr.bobine.platform.http.PageRequest;
import fr.bobine.platform.http.TextSearch;
import fr.bobine.platform.problem.ProblemException;
import fr.bobine.platform.security.Roles;

@Path("/festivals")
@Tag(name = "Festivals", description = "The festival catalogue: editions, sections, deadline tiers and fees")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FestivalResource {

    @Inject
    Festivals festivals;

    @Inject
    UriInfo uriInfo;

    @POST
    @RolesAllowed({ Roles.PRODUCER, Roles.DISTRIBUTION_MANAGER })
    @Operation(operationId = "createFestivalEdition", summary = "Add a festival edition to the catalogue",
            description = "An edition with its dates, notification date, platform, sections (premiere requirement and rule) and "
                    + "deadline tiers with their fees. The same festival and year twice is a 409.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FestivalEditionDto.class)))
    public RestResponse<FestivalEditionDto> createFestivalEdition(@Valid @NotNull NewFestivalEdition request) {
        FestivalEditionDto created = festivals.create(request);
        URI location = uriInfo.getBaseUriBuilder().path(FestivalResource.class).path(created.id().toString()).build();
        return RestResponse.ResponseBuilder.<FestivalEditionDto> created(location).entity(created).build();
    }

    @GET
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.DISTRIBUTION_MANAGER, Roles.ACCOUNTANT, Roles.AUDITOR })
    @Operation(operationId = "listFestivalEditions", summary = "List festival editions",
            description = "Editions in date order unless sort says otherwise, optionally of one year or whose name or city "
                    + "contains a text (case and accents ignored), paginated with page and size.")
    public FestivalEditionPage listFestivalEditions(
            @Parameter(description = "Text search in the name and the city, case and accents ignored: clermont finds "
                    + "Festival du court métrage de Clermont-Ferrand") @QueryParam("q") @Size(max = TextSearch.MAX_LENGTH) String q,
            @QueryParam("year") Integer year,
            @Parameter(description = "Sort field, -field for descending, several separated by commas; by start date then "
                    + "name when absent", schema = @Schema(type = SchemaType.STRING, maxLength = 100,
                            pattern = "^-?(startsOn|name|country|notificationOn)(,-?(startsOn|name|country|notificationOn))*$",
                            example = "-startsOn")) @QueryParam("sort") String sort,
            @Valid @BeanParam PageRequest page) {
        return festivals.list(q, year, sort, page);
    }

    @GET
    @Path("/{festivalId}")
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.DISTRIBUTION_MANAGER, Roles.ACCOUNTANT, Roles.AUDITOR })
    @Operation(operationId = "getFestivalEdition", summary = "Read a festival edition",
            description = "One edition with its sections and deadline tiers.")
    public FestivalEditionDto getFestivalEdition(@PathParam("festivalId") UUID festivalId) {
        return festivals.find(festivalId).orElseThrow(() -> ProblemException.notFound("festival", festivalId));
    }

    @GET
    @Path("/deadlines")
    @RolesAllowed({ Roles.PRODUCER, Roles.PRODUCTION_MANAGER, Roles.DISTRIBUTION_MANAGER, Roles.ACCOUNTANT, Roles.AUDITOR })
    @Operation(operationId = "listUpcomingDeadlines", summary = "Deadlines coming in the next N days",
            description = "Deadline tiers closing from the given day (today by default) to N days later, soonest first.")
    public UpcomingDeadlineList listUpcomingDeadlines(
            @Parameter(description = "Days ahead, 1 to 366") @QueryParam("withinDays") @DefaultValue("30") @Min(1) @Max(366) int withinDays,
            @Parameter(description = "First day of the period, today by default") @QueryParam("from") LocalDate from) {
        LocalDate start = from == null ? LocalDate.now(java.time.ZoneId.of("Europe/Paris")) : from;
        return new UpcomingDeadlineList(festivals.upcoming(start, withinDays));
    }
}
