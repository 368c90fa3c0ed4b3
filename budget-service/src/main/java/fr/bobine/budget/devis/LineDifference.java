package fr.bobine.budget.devis;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.platform.money.Money;

@Schema(name = "BudgetLineDifference", description = "A line added, removed or changed; amounts include social charges")
public record LineDifference(UUID lineage, LineChange change, String accountCode, String chapterCode, String label,
        @Schema(nullable = true, description = "null when the line was added") Money before,
        @Schema(nullable = true, description = "null when the line was removed") Money after, Money delta,
        List<String> changedFields) {
}
