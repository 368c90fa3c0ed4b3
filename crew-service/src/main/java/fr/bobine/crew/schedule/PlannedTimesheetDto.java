package fr.bobine.crew.schedule;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.crew.timesheet.TimesheetDayInput;

@Schema(name = "PlannedTimesheet", description = "A week of a contract pre-filled from the published schedule: the crew member or "
        + "the production corrects the days and submits weekStart and days as a timesheet")
public record PlannedTimesheetDto(
        UUID contractId,
        UUID scheduleVersionId,
        int versionNumber,
        LocalDate weekStart,
        List<TimesheetDayInput> days) {
}
