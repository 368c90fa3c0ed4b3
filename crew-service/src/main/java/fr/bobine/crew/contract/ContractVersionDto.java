package fr.bobine.crew.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.platform.money.Money;

@Schema(name = "CrewContractVersion", description = "The terms of a signed crew contract from a date: version 0 as signed, "
        + "then one version per amendment (avenant), never changed afterwards")
public record ContractVersionDto(
        UUID contractId,
        @Schema(description = "0 for the terms signed, then 1, 2... for the amendments") int number,
        ContractVersionKind kind,
        @Schema(description = "First day the terms apply: the pay weeks starting on or after it are paid at this version's rate")
        LocalDate effectiveFrom,
        LocalDate signedOn,
        Money rate,
        LocalDate endDate,
        List<Allowance> allowances,
        @Schema(description = "The contract's committed gross once this version applies") Money committedGross,
        @Schema(nullable = true, description = "Absent on versions recorded before amendments existed") Money allowancesEstimate,
        Money employerCostEstimate,
        @Schema(nullable = true, description = "Why the contract was amended") String reason,
        String recordedBy,
        Instant recordedAt) {
}
