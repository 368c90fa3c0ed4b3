package fr.bobine.crew.timesheet;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.platform.money.Money;

@Schema(name = "Timesheet", description = "A week of a contract, computed under its agreement")
public record TimesheetDto(UUID id, UUID contractId, UUID productionId, UUID personId, LocalDate weekStart, TimesheetStatus status,
        @Schema(description = "Decimal string", example = "52") String hours, int cachets, Money gross, List<TimesheetDayDto> days,
        List<TimesheetLineDto> lines,
        @Schema(description = "Weekly limits the week crosses, found when it was submitted; empty when none") List<TimesheetWarningDto> warnings,
        long version, @Schema(nullable = true) Instant approvedAt,
        @Schema(nullable = true) String approvedBy) {
}
