package fr.bobine.rights.chain;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.rights.contract.RightsContractDto;
import fr.bobine.rights.work.WorkDto;

@Schema(name = "ChainOfTitleWork", description = "A work, the contracts that cover it and its gaps")
public record ChainLink(WorkDto work, List<RightsContractDto> contracts, List<ChainGap> gaps) {
}
