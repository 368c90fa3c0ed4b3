package fr.bobine.crew.timesheet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TimesheetDayInput", description = "One day: start and end of work for technicians, cachets and rehearsal hours for artists")
public record TimesheetDayInput(
        @NotNull @Schema(example = "2027-03-03") LocalDate date,
        @Schema(nullable = true, description = "Start of work, Europe/Paris local time, on a quarter hour", example = "2027-03-03T08:00:00")
        LocalDateTime start,
        @Schema(nullable = true, description = "End of work; after start, may be the next morning", example = "2027-03-03T19:00:00")
        LocalDateTime end,
        @Min(0) @Max(240) @Schema(nullable = true, description = "Unpaid meal break, in minutes (quarter hours)", example = "60")
        Integer mealBreakMinutes,
        @Min(0) @Max(600) @Schema(nullable = true, description = "Transport time not counted as work (CCN 3097 art. 32)")
        Integer travelMinutes,
        @Min(0) @Max(3) @Schema(nullable = true, description = "Cachets of an artist for this day") Integer cachets,
        @DecimalMin("0") @Schema(nullable = true, description = "Rehearsal hours of an artist") BigDecimal rehearsalHours) {
}
