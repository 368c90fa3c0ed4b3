package fr.bobine.budget.carbon;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CarbonActivity", description = "An activity a footprint counts, its category and unit, and the factor in force today")
public record CarbonActivityDto(@Schema(example = "TRAIN_HIGH_SPEED") String code, CarbonCategory category,
        @Schema(example = "passenger.km", description = "EUR for a monetary activity (euros excluding VAT)") String unit,
        String labelFr, String labelEn, @Schema(nullable = true) CarbonFactorDto factorInForce) {
}
