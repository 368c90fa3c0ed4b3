package fr.bobine.budget.carbon;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CarbonActivityLine", description = "Activity data entered for the forecast or the final statement")
public record CarbonActivityLineDto(UUID id, CarbonBasis basis, String activityCode, CarbonCategory category,
        @Schema(example = "1400.000") String quantity, String unit, @Schema(nullable = true) String accountCode,
        @Schema(nullable = true) String description, String createdBy, Instant createdAt) {
}
