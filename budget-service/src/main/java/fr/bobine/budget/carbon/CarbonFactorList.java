package fr.bobine.budget.carbon;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CarbonFactorList", description = "Emission factors, newest first per activity")
public record CarbonFactorList(List<CarbonFactorDto> items) {
}
