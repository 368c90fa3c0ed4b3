package fr.bobine.rights.preset;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WaterfallRateList", description = "Rates by code, oldest period first")
public record WaterfallRateList(List<WaterfallRateDto> items) {
}
