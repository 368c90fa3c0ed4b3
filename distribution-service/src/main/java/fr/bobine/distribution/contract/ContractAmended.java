package fr.bobine.distribution.contract;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fr.bobine.distribution.contract.ContractDtos.InstalmentDto;
import fr.bobine.distribution.contract.ContractDtos.RightsBlock;
import fr.bobine.platform.money.Money;

/**
 * Data of distribution.contract.amended v1 (src/main/resources/events/distribution.contract.amended.v1.schema.json):
 * the contract's terms after amendment {@code number}, what it changed, and the MG before it. Budget-service updates
 * the financing source of the contract; rights-service the licence it granted.
 */
public record ContractAmended(UUID amendmentId, UUID contractId, UUID productionId, int number, LocalDate signedOn,
        String reason, List<String> changes, String counterpartyName, String counterpartyKind, List<RightsBlock> rightsBlocks,
        Money minimumGuarantee, Money previousMinimumGuarantee, List<InstalmentDto> instalments, String commissionRate,
        Money expenseCap, String reportingFrequency) {

    public static final String TYPE = "distribution.contract.amended";
}
