package fr.bobine.rights.contract;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RightsContractPage", description = "One page of the production's rights contracts, oldest first")
public record RightsContractPage(
        List<RightsContractDto> items,
        int page,
        int size,
        long totalItems,
        int totalPages,
        @Schema(nullable = true, description = "Number of the next page; absent on the last page") Integer nextPage) {
}
