package fr.bobine.crew.timesheet;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TimesheetList", description = "A contract's weeks, in order")
public record TimesheetList(List<TimesheetDto> items) {
}
