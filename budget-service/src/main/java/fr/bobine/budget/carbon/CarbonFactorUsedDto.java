package fr.bobine.budget.carbon;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CarbonFactorUsed", description = "The factor a statement line was computed with")
public record CarbonFactorUsedDto(UUID id, @Schema(example = "0.002930") String kgCo2ePerUnit, LocalDate validFrom, String source) {
}
