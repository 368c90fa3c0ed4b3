package fr.bobine.crew.contract;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CrewContractVersionPage", description = "One page of a crew contract's versions, oldest first")
public record ContractVersionPage(
        List<ContractVersionDto> items,
        int page,
        int size,
        long totalItems,
        int totalPages,
        @Schema(nullable = true, description = "Number of the next page; absent on the last page") Integer nextPage) {
}
