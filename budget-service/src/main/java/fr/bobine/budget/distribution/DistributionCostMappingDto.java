package fr.bobine.budget.distribution;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DistributionCostMapping", description = "The devis account a distribution cost category is booked on")
public record DistributionCostMappingDto(@Schema(example = "CNC-CINEMA") String templateCode,
        @Schema(example = "FESTIVAL_FEE") String category, @Schema(example = "92") String budgetAccountCode,
        long version) {
}
