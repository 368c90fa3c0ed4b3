package fr.bobine.crew.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import fr.bobine.platform.money.Money;

/** Data of the contract events (v1); schemas in src/main/resources/events/. */
public final class ContractEvents {

    public static final String SIGNED = "crew.contract.signed";
    public static final String CANCELLED = "crew.contract.cancelled";
    public static final String AMENDED = "crew.contract.amended";

    private ContractEvents() {
    }

    public record Signed(UUID contractId, UUID productionId, UUID personId, String employeeNumber, String positionCode,
            String agreement, String engagement, LocalDate startDate, LocalDate endDate, String budgetLineCode,
            Money committedGross, Money allowancesEstimate, Money employerCostEstimate, boolean lowBudgetApplied,
            Instant signedAt) {
    }

    public record Cancelled(UUID contractId, UUID productionId, UUID personId, String budgetLineCode, String previousStatus,
            Money releasedCommitment, String reason, Instant cancelledAt) {
    }

    public record Amended(UUID contractId, UUID productionId, UUID personId, String employeeNumber, int amendmentNumber,
            LocalDate effectiveFrom, LocalDate signedOn, String budgetLineCode, LocalDate startDate, LocalDate endDate,
            LocalDate previousEndDate, Money rate, Money previousRate, Money committedGross, Money allowancesEstimate,
            Money employerCostEstimate, Money previousCommittedGross, Money previousEmployerCostEstimate,
            Money committedGrossChange, Money employerCostChange, boolean lowBudgetApplied, String reason, Instant amendedAt) {
    }
}
