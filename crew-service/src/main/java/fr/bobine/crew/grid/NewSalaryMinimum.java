package fr.bobine.crew.grid;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.platform.money.Money;

@Schema(name = "NewSalaryMinimum", description = "A new minimum in force from validFrom; it closes the previous one the day before")
public record NewSalaryMinimum(
        @NotBlank @Schema(example = "3097-1ER-ASS-OP") String positionCode,
        @NotNull Engagement engagement,
        @Schema(nullable = true, example = "39") Integer weeklyHours,
        @NotNull Money amount,
        @NotNull @Schema(example = "2026-01-01") LocalDate validFrom,
        @NotBlank @Size(max = 300) @Schema(example = "Avenant du 6 janvier 2026") String source) {
}
