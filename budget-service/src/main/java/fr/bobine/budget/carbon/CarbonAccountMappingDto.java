package fr.bobine.budget.carbon;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CarbonAccountMapping", description = "The monetary activity spend on a devis account (and its sub-accounts) counts as")
public record CarbonAccountMappingDto(@Schema(example = "CNC-CINEMA") String templateCode,
        @Schema(example = "64") String accountCode, @Schema(example = "SPEND_ACCOMMODATION") String activityCode, long version) {

    static CarbonAccountMappingDto of(CarbonAccountMapping m) {
        return new CarbonAccountMappingDto(m.templateCode, m.accountCode, m.activityCode, m.version);
    }
}
