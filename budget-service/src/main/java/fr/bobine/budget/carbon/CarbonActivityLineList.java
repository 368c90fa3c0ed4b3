package fr.bobine.budget.carbon;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CarbonActivityLineList", description = "Activity data entered for a production")
public record CarbonActivityLineList(List<CarbonActivityLineDto> items) {
}
