package fr.bobine.budget.devis;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.platform.money.Money;

@Schema(name = "BudgetLineDifference", description = "A line added, removed or changed; amounts include social charges")
public record LineDifference(UUID lineage, LineChange change, String accountCode, String chapterCode, String label,
        Money before, Money after, Money delta, List<String> changedFields) {
}
