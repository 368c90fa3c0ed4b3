package fr.bobine.budget.carbon;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CarbonCategoryTotal", description = "The emissions of a category, in kg to the gram and in tonnes")
public record CarbonCategoryTotalDto(CarbonCategory category, String labelFr, String labelEn,
        @Schema(example = "312.400") String kgCo2e, @Schema(example = "0.312400") String tonnesCo2e) {
}
