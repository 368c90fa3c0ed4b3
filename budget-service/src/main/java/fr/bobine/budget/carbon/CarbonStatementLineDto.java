package fr.bobine.budget.carbon;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CarbonStatementLine", description = "An activity's quantity, the factor used and the emissions, to the gram")
public record CarbonStatementLineDto(CarbonOrigin origin, CarbonCategory category, String activityCode, String activityLabel,
        @Schema(example = "1400.000") String quantity, String unit,
        @Schema(nullable = true, description = "the devis account, for a derived line or an entered line linked to one") String accountCode,
        @Schema(nullable = true) String description, @Schema(nullable = true, description = "the entered line") UUID lineId,
        CarbonFactorUsedDto factor, @Schema(example = "4.102") String kgCo2e) {
}
