package fr.bobine.budget.costreport;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.platform.money.Money;

@Schema(name = "CostReportLabourWeek", description = "One contract's planned week and what was approved for it")
public record CostReportLabourWeekDto(
        UUID contractId,
        String employeeNumber,
        @Schema(nullable = true, description = "the line its gross is booked on; null while the contract is not booked") String lineKey,
        @Schema(description = "Monday of the week") LocalDate weekStart,
        @Schema(description = "planned effective hours, a decimal string") String plannedHours,
        int plannedCachets,
        Money planned,
        @Schema(nullable = true, description = "the gross of the week's approved timesheets; null until approved") Money actual,
        @Schema(nullable = true, description = "actual − planned; null until approved") Money difference) {
}
