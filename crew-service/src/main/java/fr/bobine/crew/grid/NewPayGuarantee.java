package fr.bobine.crew.grid;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewPayGuarantee", description = "A guarantee in force from validFrom; it closes the previous one of the same "
        + "agreement and engagement")
public record NewPayGuarantee(
        @NotNull Agreement agreement,
        @NotNull Engagement engagement,
        @Pattern(regexp = HOURS, message = "must be a number of hours, decimal string") @Size(max = 6)
        @Schema(nullable = true, example = "39") String weeklyHours,
        boolean contractWeeklyHours,
        @Pattern(regexp = HOURS, message = "must be a number of hours, decimal string") @Size(max = 6)
        @Schema(nullable = true, example = "47") String sixDayWeekHours,
        @Pattern(regexp = HOURS, message = "must be a number of hours, decimal string") @Size(max = 6)
        @Schema(nullable = true, example = "7") String dailyHours,
        @NotNull LocalDate validFrom,
        @NotBlank @Size(max = 500) String source) {

    static final String HOURS = "[0-9]{1,2}(\\.[0-9]{1,2})?";
}
