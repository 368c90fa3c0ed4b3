package fr.bobine.crew.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.crew.grid.Agreement;
import fr.bobine.crew.grid.Engagement;
import fr.bobine.platform.money.Money;

@Schema(name = "Contract", description = "A CDDU and its state")
public record ContractDto(
        UUID id,
        UUID productionId,
        UUID personId,
        String positionCode,
        Agreement agreement,
        Engagement engagement,
        @Schema(nullable = true) Integer weeklyHours,
        LocalDate startDate,
        @Schema(type = SchemaType.STRING, pattern = "^[0-2][0-9]:[0-5][0-9](:[0-5][0-9])?$", example = "08:00") LocalTime firstHour,
        @Schema(nullable = true) LocalDate endDate,
        Money rate,
        WorkLocation location,
        @Schema(nullable = true) String budgetLineCode,
        List<Allowance> allowances,
        ContractStatus status,
        @Schema(nullable = true, description = "The grid minimum in force on the start date") Money minimumInForce,
        @Schema(description = "true when the rate is below the minimum under the cinema low-budget regime (annexe III)")
        boolean lowBudgetApplied,
        @Schema(nullable = true, description = "Set at signature") Money committedGross,
        @Schema(nullable = true, description = "Set at signature") Money employerCostEstimate,
        @Schema(nullable = true) String cancellationReason,
        @Schema(description = "0 until the first amendment (avenant), then the number of the latest one; the terms above "
                + "are the latest, each version is under /versions") int amendmentNumber,
        long version,
        Instant createdAt,
        @Schema(nullable = true) Instant signedAt) {
}
