package fr.bobine.budget.financing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.platform.money.Money;

@Schema(name = "FinancingSource", description = "A source of the financing plan with its instalments")
public record FinancingSourceDto(UUID id, UUID productionId, FinancingKind kind, String financier, Money amount,
        FinancingStatus status, boolean publicAid, @Schema(nullable = true) LocalDate expectedDate,
        @Schema(nullable = true) LocalDate actualDate, @Schema(nullable = true) String note,
        List<InstalmentInput> instalments, Instant createdAt, @Schema(nullable = true) Instant confirmedAt, long version) {
}
