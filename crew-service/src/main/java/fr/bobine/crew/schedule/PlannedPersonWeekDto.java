package fr.bobine.crew.schedule;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.crew.timesheet.TimesheetLineDto;
import fr.bobine.crew.timesheet.TimesheetWarningDto;
import fr.bobine.platform.money.Money;

@Schema(name = "PlannedPersonWeek", description = "The planned week of one contract: its days, its hours and its pay computed by "
        + "the timesheets' rules (premiums, night, Sunday, the agreement's week)")
public record PlannedPersonWeekDto(
        UUID contractId,
        UUID personId,
        String name,
        String employeeNumber,
        String positionCode,
        Department department,
        @Schema(nullable = true) String budgetLineCode,
        List<PlannedDayDto> days,
        @Schema(description = "Effective hours of the week, a decimal string") String hours,
        int cachets,
        List<TimesheetLineDto> lines,
        Money gross,
        @Schema(description = "Weekly limits the planned week crosses (the person's planned days of the version, any contract); "
                + "empty when none") List<TimesheetWarningDto> warnings) {
}
