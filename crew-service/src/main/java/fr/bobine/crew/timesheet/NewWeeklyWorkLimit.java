package fr.bobine.crew.timesheet;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.crew.grid.Agreement;
import fr.bobine.crew.person.PersonKind;

@Schema(name = "NewWeeklyWorkLimit", description = "Weekly limits in force from validFrom; they close the previous limits of the "
        + "same agreement and staff")
public record NewWeeklyWorkLimit(
        @NotNull Agreement agreement,
        @NotNull PersonKind staff,
        @NotNull @Pattern(regexp = HOURS, message = "must be a number of hours, decimal string") @Size(max = 6)
        @Schema(example = "35") String weeklyRestHours,
        @NotNull @Pattern(regexp = HOURS, message = "must be a number of hours, decimal string") @Size(max = 6)
        @Schema(example = "48") String maximumHours,
        @NotNull @Pattern(regexp = HOURS, message = "must be a number of hours, decimal string") @Size(max = 6)
        @Schema(example = "60") String derogationMaximumHours,
        @NotNull LocalDate validFrom,
        @NotBlank @Size(max = 500) String source) {

    static final String HOURS = "[0-9]{1,3}(\\.[0-9]{1,2})?";
}
