package fr.bobine.budget.distribution;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DistributionCostMappingList", description = "Distribution cost categories and their devis accounts")
public record DistributionCostMappingList(List<DistributionCostMappingDto> items) {
}
