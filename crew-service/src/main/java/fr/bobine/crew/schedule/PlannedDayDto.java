package fr.bobine.crew.schedule;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PlannedDay", description = "A planned day of a person: from the call to the wrap less the meal break for a "
        + "technician, a cachet for an artist")
public record PlannedDayDto(
        LocalDate date,
        @Schema(nullable = true, description = "Null for an artist paid by the cachet") LocalDateTime call,
        @Schema(nullable = true) LocalDateTime wrap,
        int mealBreakMinutes,
        @Schema(description = "Effective hours, a decimal string", example = "10") String hours,
        @Schema(description = "Of which in the agreement's night window", example = "6") String nightHours,
        int cachets) {
}
