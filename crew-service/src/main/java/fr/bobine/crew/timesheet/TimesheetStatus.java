package fr.bobine.crew.timesheet;

public enum TimesheetStatus {
    SUBMITTED, APPROVED
}
