package fr.bobine.budget.financing;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FinancingWarning", description = "Something the plan should fix: a gap, a surplus, public aid above its ceiling")
public record FinancingWarning(@Schema(example = "public-aid-above-ceiling") String code, String message) {
}
