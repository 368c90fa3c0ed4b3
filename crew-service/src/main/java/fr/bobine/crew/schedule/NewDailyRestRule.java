package fr.bobine.crew.schedule;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.crew.grid.Agreement;
import fr.bobine.crew.person.PersonKind;

@Schema(name = "NewDailyRestRule", description = "A daily rest in force from validFrom; it closes the previous rule of the same "
        + "agreement and staff")
public record NewDailyRestRule(
        @NotNull Agreement agreement,
        @NotNull PersonKind staff,
        @NotNull @Min(60) @Max(1440) Integer restMinutes,
        @NotNull @Min(60) @Max(1440) Integer floorMinutes,
        @Min(0) @Max(7) @Schema(nullable = true) Integer reductionsPerWeek,
        @Pattern(regexp = RATE, message = "must be a fraction of the hourly rate with at most 2 decimals, e.g. 1.00 or 0.50")
        @Size(max = 4) @Schema(nullable = true, description = "Fraction of the base hourly rate, at most 3.00", example = "0.50")
        String premiumRate,
        @NotNull LocalDate validFrom,
        @NotBlank @Size(max = 300) String source) {

    static final String RATE = "[0-9](\\.[0-9]{1,2})?";
}
