package fr.bobine.crew.timesheet;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.crew.grid.Agreement;
import fr.bobine.crew.person.PersonKind;

@Schema(name = "WeeklyWorkLimit", description = "The weekly limits of an agreement for technicians or artists, with validity: "
        + "a submitted week crossing one gets a warning")
public record WeeklyWorkLimitDto(
        UUID id,
        Agreement agreement,
        PersonKind staff,
        @Schema(description = "Rest a civil week must contain, in hours (24 h weekly rest + 11 h daily rest), decimal string",
                example = "35") String weeklyRestHours,
        @Schema(description = "Weekly maximum of effective hours, decimal string", example = "48") String maximumHours,
        @Schema(description = "Maximum a derogation allows, decimal string", example = "60") String derogationMaximumHours,
        LocalDate validFrom,
        @Schema(nullable = true) LocalDate validTo,
        @Schema(description = "The articles the limits come from") String source) {
}
