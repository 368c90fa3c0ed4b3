package fr.bobine.crew.timesheet;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TimesheetDay", description = "One stored day with its effective and night hours")
public record TimesheetDayDto(LocalDate date, @Schema(nullable = true) LocalDateTime start, @Schema(nullable = true) LocalDateTime end,
        int mealBreakMinutes, int travelMinutes, @Schema(description = "Decimal string") String hours,
        @Schema(description = "Decimal string") String nightHours, int cachets,
        @Schema(description = "Decimal string") String rehearsalHours) {
}
