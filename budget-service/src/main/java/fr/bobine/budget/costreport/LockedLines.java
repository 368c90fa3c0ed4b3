package fr.bobine.budget.costreport;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.bobine.budget.devis.Budget;
import fr.bobine.budget.devis.BudgetLine;
import fr.bobine.budget.devis.BudgetRule;
import fr.bobine.budget.devis.BudgetVersion;
import fr.bobine.budget.devis.DevisCalculator;
import fr.bobine.budget.devis.DevisService;
import fr.bobine.budget.devis.FringeCategory;
import fr.bobine.budget.devis.FringeRate;
import fr.bobine.budget.devis.RuleKind;
import fr.bobine.budget.devis.TemplateAccount;
import fr.bobine.budget.devis.VersionStatus;
import io.quarkus.panache.common.Sort;

/**
 * The lines of a production's locked budget as the cost report reads them: each devis line at its converted amount,
 * the social charges posted to a chapter-4 account as one line per such account, and each percentage rule (frais
 * généraux, imprévus, others) as a line of its own. Lines are keyed by lineage, so that costs booked on a line of an
 * earlier locked version stay on the same line after a new version is locked.
 */
@ApplicationScoped
public class LockedLines {

    static final ZoneId BUSINESS_ZONE = ZoneId.of("Europe/Paris");

    @Inject
    DevisService devis;

    /**
     * The lineage of the row that receives the social charges computed for a chapter-4 account. The devis has no line
     * there (charges are computed from the salary lines), so the row gets a lineage derived from the budget and the
     * account: stable across the budget's versions, so that employer charges booked from crew events stay on it.
     */
    public static UUID chargesLineage(UUID budgetId, String accountCode) {
        return UUID.nameUUIDFromBytes(("charges:" + budgetId + ":" + accountCode).getBytes(StandardCharsets.UTF_8));
    }

    public record BudgetedLine(String key, String accountCode, String chapterCode, String label, CostReport.Kind kind,
            BigDecimal budget) {
    }

    /** A locked version, its lines and its percentage rules (in devis order, as the devis computes them). */
    public record Locked(UUID budgetId, UUID versionId, int number, String currency, Instant lockedAt,
            List<BudgetedLine> lines, List<DevisCalculator.Rule> rules) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Locked> of(UUID productionId) {
        return devis.latestLocked(productionId).map(l -> read(l.budgetId(), l.versionId(), l.number(), l.currency()));
    }

    /**
     * The version that was the latest locked one at the end of {@code asOf} (Europe/Paris, the business calendar): a
     * version locked later did not exist yet for a report of that date. Null gives the latest locked version now.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Locked> at(UUID productionId, LocalDate asOf) {
        if (asOf == null) {
            return of(productionId);
        }
        Instant endOfDay = asOf.plusDays(1).atStartOfDay(BUSINESS_ZONE).toInstant();
        return BudgetVersion.<BudgetVersion> find("""
                from BudgetVersion v where v.status = ?1 and v.lockedAt < ?2
                and v.budgetId in (select b.id from Budget b where b.productionId = ?3)""",
                Sort.descending("lockedAt"), VersionStatus.APPROVED, endOfDay, productionId).firstResultOptional()
                .map(v -> read(v.budgetId, v.id, v.number, Budget.<Budget> findById(v.budgetId).currency));
    }

    private Locked read(UUID budgetId, UUID versionId, int number, String currency) {
        Budget budget = Budget.findById(budgetId);
        BudgetVersion version = BudgetVersion.findById(versionId);
        Map<String, TemplateAccount> accounts = new LinkedHashMap<>();
        for (TemplateAccount a : TemplateAccount.<TemplateAccount> list("templateCode", Sort.by("position").and("code"),
                budget.templateCode)) {
            accounts.put(a.code, a);
        }
        Map<FringeCategory, BigDecimal> rates = new EnumMap<>(FringeCategory.class);
        for (FringeRate r : FringeRate.<FringeRate> list("validFrom <= ?1 and (validTo is null or validTo >= ?1)",
                Sort.by("validFrom"), version.ratesOn)) {
            rates.put(r.category, r.rate);
        }
        List<BudgetLine> lines = BudgetLine.list("versionId", Sort.by("position").and("id"), versionId);
        List<BudgetRule> rules = BudgetRule.list("versionId", Sort.by("position").and("code"), versionId);
        DevisCalculator.Result result = DevisCalculator.compute(
                accounts.values().stream().map(a -> new DevisCalculator.Account(a.code, a.parentCode, a.chapterCode, a.level,
                        a.postsFringesOf, a.taxCreditEligible)).toList(),
                lines.stream().map(l -> new DevisCalculator.Line(l.id, l.accountCode, l.quantity, l.rate, l.currency,
                        l.exchangeRate, l.spentInFrance, l.fringeCategory)).toList(),
                rules.stream().map(r -> new DevisCalculator.Rule(r.code, r.kind, r.rate, Set.of(r.baseChapters),
                        Set.of(r.excludedRules), r.cap)).toList(),
                rates, currency);
        Map<FringeCategory, String> fringeAccount = new EnumMap<>(FringeCategory.class);
        for (TemplateAccount a : accounts.values()) {
            if (a.postsFringesOf != null && a.postsFringesOf != FringeCategory.NONE) {
                fringeAccount.putIfAbsent(a.postsFringesOf, a.code);
            }
        }
        List<BudgetedLine> out = new ArrayList<>();
        Map<String, BigDecimal> fringes = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            BudgetLine l = lines.get(i);
            DevisCalculator.LineResult r = result.lines().get(i);
            TemplateAccount account = accounts.get(l.accountCode);
            String target = l.fringeCategory == null ? null : fringeAccount.get(l.fringeCategory);
            BigDecimal budgetAmount = r.amount();
            if (target == null) {
                budgetAmount = budgetAmount.add(r.fringe());
            } else if (r.fringe().signum() != 0) {
                fringes.merge(target, r.fringe(), BigDecimal::add);
            }
            out.add(new BudgetedLine(l.lineage.toString(), l.accountCode, account.chapterCode,
                    l.label != null ? l.label : account.labelFr, CostReport.Kind.COST, budgetAmount));
        }
        for (Map.Entry<String, BigDecimal> f : fringes.entrySet()) {
            TemplateAccount account = accounts.get(f.getKey());
            out.add(new BudgetedLine(chargesLineage(budgetId, f.getKey()).toString(), f.getKey(), account.chapterCode,
                    account.labelFr, CostReport.Kind.COST, f.getValue()));
        }
        for (int i = 0; i < rules.size(); i++) {
            BudgetRule rule = rules.get(i);
            CostReport.Kind kind = rule.kind == RuleKind.FRAIS_GENERAUX ? CostReport.Kind.FRAIS_GENERAUX
                    : rule.kind == RuleKind.IMPREVUS ? CostReport.Kind.IMPREVUS : CostReport.Kind.COST;
            out.add(new BudgetedLine(rule.code, rule.code, rule.code, rule.labelFr, kind, result.rules().get(i).amount()));
        }
        return new Locked(budgetId, versionId, number, currency, version.lockedAt, out,
                rules.stream().map(r -> new DevisCalculator.Rule(r.code, r.kind, r.rate, Set.of(r.baseChapters),
                        Set.of(r.excludedRules), r.cap)).toList());
    }
}
