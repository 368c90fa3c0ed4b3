package fr.bobine.crew.grid;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EmployerCostRate", description = "An employer contribution rate used for the employer-cost estimate")
public record EmployerCostRateDto(
        UUID id,
        String code,
        String label,
        @Schema(description = "Decimal string, a fraction of gross pay", example = "0.155000") String rate,
        LocalDate validFrom,
        @Schema(nullable = true) LocalDate validTo,
        String source) {
}
