package fr.bobine.budget.devis;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FringeRateList", description = "Social-charge rates")
public record FringeRateList(List<FringeRateDto> items) {
}
