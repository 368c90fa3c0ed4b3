package fr.bobine.budget.devis;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.bobine.platform.money.Money;

@Schema(name = "BudgetVersion", description = "A budget version in full: lines, totals per account and chapter, rules, warnings")
public record VersionDetail(VersionSummary version, UUID productionId, String templateCode, String currency,
        List<BudgetLineDto> lines, List<AccountTotal> accounts, List<ChapterTotal> chapters, Money subtotal,
        List<BudgetRuleDto> rules, Money total, Money spentInFrance, Money spentAbroad,
        @Schema(description = "Spend in France under tax-credit eligible accounts") Money taxCreditEligibleSpend,
        List<BudgetWarning> warnings) {
}
