package fr.bobine.budget.carbon;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CarbonActivityList", description = "The activities a footprint counts")
public record CarbonActivityList(List<CarbonActivityDto> items) {
}
