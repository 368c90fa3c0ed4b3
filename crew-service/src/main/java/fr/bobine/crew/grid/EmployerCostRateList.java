package fr.bobine.crew.grid;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EmployerCostRateList", description = "Dated employer cost rates")
public record EmployerCostRateList(List<EmployerCostRateDto> items) {
}
