package fr.bobine.distribution.contract;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fr.bobine.distribution.contract.ContractDtos.InstalmentDto;
import fr.bobine.distribution.contract.ContractDtos.RightsBlock;
import fr.bobine.platform.money.Money;

/** Data of distribution.contract.signed v1. */
public record ContractSigned(UUID contractId, UUID productionId, String counterpartyName, String counterpartyKind,
        LocalDate signedOn, List<RightsBlock> rightsBlocks, Money minimumGuarantee, List<InstalmentDto> instalments,
        String commissionRate, Money expenseCap, String reportingFrequency) {

    public static final String TYPE = "distribution.contract.signed";
}
