package fr.bobine.crew.timesheet;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewTimesheet", description = "A week of daily statements (CCN 3097 Titre II art. 29) for one contract")
public record NewTimesheet(
        @NotNull @Schema(description = "First day of the pay week", example = "2027-03-03") LocalDate weekStart,
        @NotEmpty @Size(max = 7) List<@NotNull @Valid TimesheetDayInput> days) {
}
