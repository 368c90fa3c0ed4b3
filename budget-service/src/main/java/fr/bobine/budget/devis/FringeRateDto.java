package fr.bobine.budget.devis;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FringeRate", description = "The employer social-charge rate of a category over a period")
public record FringeRateDto(UUID id, FringeCategory category,
        @Schema(description = "Decimal string, 0.52 for 52 %", example = "0.520000") String rate,
        LocalDate validFrom, @Schema(nullable = true) LocalDate validTo, @Schema(nullable = true) String note, long version) {
}
