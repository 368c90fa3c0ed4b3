package fr.bobine.crew.timesheet;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "IntermittentHours", description = "Hours and cachets of approved weeks over 12 months, towards the 507-hour threshold")
public record IntermittentHoursDto(UUID personId, LocalDate from, LocalDate to,
        @Schema(description = "Decimal string") String hours, long cachets,
        @Schema(description = "hours + 12 × cachets, a decimal string") String totalHours,
        @Schema(example = "507") String threshold, boolean thresholdReached) {
}
