package fr.bobine.budget.carbon;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CarbonAccountMappingList", description = "Devis accounts and the monetary activity their spend counts as")
public record CarbonAccountMappingList(List<CarbonAccountMappingDto> items) {
}
