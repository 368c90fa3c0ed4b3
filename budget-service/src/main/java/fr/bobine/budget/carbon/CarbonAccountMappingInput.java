package fr.bobine.budget.carbon;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CarbonAccountMappingInput", description = "The monetary activity (unit EUR) a devis account's spend counts as")
public record CarbonAccountMappingInput(@NotBlank @Size(max = 40) @Schema(example = "SPEND_ACCOMMODATION") String activityCode) {
}
