package fr.bobine.crew.timesheet;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.crew.timesheet.rules.WeeklyLimits;

@Schema(name = "TimesheetWarning", description = "A weekly limit the week crosses (weekly rest, 48 h maximum, 60 h derogation "
        + "maximum): the week is recorded as worked, the warning tells the production office and payroll")
public record TimesheetWarningDto(
        WeeklyLimits.Code code,
        @Schema(description = "What was found, in plain words, with the limit and its source") String message) {

    public static TimesheetWarningDto of(WeeklyLimits.Warning w) {
        return new TimesheetWarningDto(w.code(), w.message());
    }
}
