package fr.bobine.budget.carbon;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CarbonWarning", description = "Something the statement could not count")
public record CarbonWarningDto(@Schema(example = "no-factor") String code, String message) {
}
