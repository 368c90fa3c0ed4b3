package fr.bobine.crew.timesheet;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.crew.timesheet.rules.PayItem;
import fr.bobine.platform.money.Money;

@Schema(name = "TimesheetLine", description = "One payroll item of the computed week")
public record TimesheetLineDto(PayItem item, @Schema(example = "HS25") String code,
        @Schema(description = "Hours, cachets or days, a decimal string", example = "8") String quantity,
        Money amount) {
}
