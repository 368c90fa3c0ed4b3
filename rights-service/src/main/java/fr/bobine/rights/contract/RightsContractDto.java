package fr.bobine.rights.contract;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.platform.money.Money;
import fr.bobine.rights.availability.RightsBlock;

@Schema(name = "RightsContract")
public record RightsContractDto(UUID id, UUID productionId, UUID workId, ContractKind kind, String holderName,
        @Schema(nullable = true) String reference,
        List<RightsBlock> blocks, Remuneration remuneration, List<AmountDue> amountsDue, Money totalFixed, ContractStatus status,
        @Schema(nullable = true) LocalDate signedOn, @Schema(nullable = true) String signedBy, long version) {
}
