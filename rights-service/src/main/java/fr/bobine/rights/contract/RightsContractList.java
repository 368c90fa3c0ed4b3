package fr.bobine.rights.contract;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RightsContractList")
public record RightsContractList(List<RightsContractDto> items) {
}
