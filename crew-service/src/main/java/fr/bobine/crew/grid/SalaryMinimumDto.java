package fr.bobine.crew.grid;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.platform.money.Money;

@Schema(name = "SalaryMinimum", description = "A minimum of the salary grid, in force from validFrom to validTo included")
public record SalaryMinimumDto(
        UUID id,
        String positionCode,
        Engagement engagement,
        @Schema(nullable = true, description = "35 or 39 for weekly minima; absent for daily ones") Integer weeklyHours,
        Money amount,
        LocalDate validFrom,
        @Schema(nullable = true, description = "Absent while in force") LocalDate validTo,
        String source) {
}
