package fr.bobine.crew.contract;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.crew.grid.Engagement;
import fr.bobine.platform.money.Money;

@Schema(name = "NewContract", description = "A CDDU to draft; the agreement is the position's")
public record NewContract(
        @NotNull UUID personId,
        @NotBlank @Schema(example = "3097-1ER-ASS-OP") String positionCode,
        @NotNull Engagement engagement,
        @Schema(nullable = true, description = "Weekly reference duration, 35 or 39, for a weekly engagement", example = "39")
        Integer weeklyHours,
        @NotNull @Schema(example = "2027-03-01") LocalDate startDate,
        @NotNull @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, pattern = "^[0-2][0-9]:[0-5][0-9](:[0-5][0-9])?$",
                example = "08:00", description = "Hour of the first work on the start date (DPAE)") LocalTime firstHour,
        @Schema(nullable = true, description = "Required before signing", example = "2027-04-23") LocalDate endDate,
        @NotNull @Schema(description = "Weekly rate for the weekly hours, or daily rate") Money rate,
        @NotNull WorkLocation location,
        @Size(max = 40) @Schema(nullable = true, description = "Budget line charged, required before signing", example = "22-105")
        String budgetLineCode,
        @Valid @Schema(nullable = true) List<@NotNull @Valid Allowance> allowances) {
}
