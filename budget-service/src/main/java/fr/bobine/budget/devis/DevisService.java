package fr.bobine.budget.devis;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.bobine.budget.production.Production;
import fr.bobine.platform.audit.AuditTrail;
import fr.bobine.platform.http.Etags;
import fr.bobine.platform.money.DecimalString;
import fr.bobine.platform.money.Money;
import fr.bobine.platform.outbox.Outbox;
import fr.bobine.platform.problem.ProblemException;
import io.quarkus.panache.common.Sort;

/** Budgets, their versions, lines and percentage rules; every total is computed by {@link DevisCalculator}. */
@ApplicationScoped
public class DevisService {

    public static final String VERSION_LOCKED = "budget.version.locked";

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    TemplateService templates;

    Clock clock = Clock.systemUTC();

    /** A version with everything needed to show it, and its computation. */
    record Computed(Budget budget, BudgetVersion version, Map<String, TemplateAccount> accounts, List<BudgetLine> lines,
            List<BudgetRule> rules, DevisCalculator.Result result) {
    }

    @Transactional
    public BudgetDto create(UUID productionId, NewBudget request) {
        requireProduction(productionId);
        BudgetTemplate template = BudgetTemplate.<BudgetTemplate> findByIdOptional(request.templateCode())
                .orElseThrow(() -> ProblemException.badRequest("templateCode", "unknown template " + request.templateCode()));
        String currency = request.currency() == null ? Money.EUR : request.currency();
        checkCurrency("currency", currency);
        Instant now = Instant.now(clock);
        Budget budget = new Budget();
        budget.id = UUID.randomUUID();
        budget.productionId = productionId;
        budget.templateCode = template.code;
        budget.title = request.title().strip();
        budget.currency = currency;
        budget.createdAt = now;
        budget.persist();

        BudgetVersion version = newVersion(budget.id, 1, request.versionLabel(),
                request.ratesOn() == null ? LocalDate.now(clock) : request.ratesOn(), null, now);
        version.persist();
        for (TemplateRule tr : TemplateRule.<TemplateRule> list("templateCode", Sort.by("position"), template.code)) {
            BudgetRule rule = new BudgetRule();
            rule.id = UUID.randomUUID();
            rule.versionId = version.id;
            rule.code = tr.code;
            rule.kind = tr.kind;
            rule.labelFr = tr.labelFr;
            rule.labelEn = tr.labelEn;
            rule.rate = tr.rate;
            rule.baseChapters = tr.baseChapters;
            rule.excludedRules = tr.excludedRules;
            rule.cap = tr.cap;
            rule.position = tr.position;
            rule.persist();
        }
        BudgetVersion.flush();
        BudgetDto dto = toDto(budget);
        audit.record("budget.create", "budget", budget.id, null, dto);
        return dto;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public BudgetList list(UUID productionId) {
        requireProduction(productionId);
        return new BudgetList(Budget.<Budget> list("productionId", Sort.by("createdAt").and("id"), productionId).stream()
                .map(this::toDto).toList());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public BudgetDto get(UUID productionId, UUID budgetId) {
        return toDto(budget(productionId, budgetId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public VersionDetail read(UUID productionId, UUID budgetId, UUID versionId) {
        return detail(compute(productionId, budgetId, versionId));
    }

    @Transactional
    public BudgetLineDto addLine(UUID productionId, UUID budgetId, UUID versionId, BudgetLineInput input) {
        BudgetVersion version = draft(productionId, budgetId, versionId);
        Budget budget = Budget.findById(budgetId);
        Map<String, TemplateAccount> accounts = templates.accounts(budget.templateCode);
        BudgetLine line = new BudgetLine();
        line.id = UUID.randomUUID();
        line.versionId = version.id;
        line.lineage = line.id;
        Integer last = BudgetLine.find("select max(position) from BudgetLine where versionId = ?1", version.id)
                .project(Integer.class).firstResult();
        line.position = last == null ? 1 : last + 1;
        apply(line, input, accounts, budget.currency);
        line.persist();
        version.touch(Instant.now(clock));
        BudgetLine.flush();
        BudgetLineDto dto = lineDto(line, accounts, budget.currency, version.ratesOn);
        audit.record("budget.line.create", "budget_line", line.id, null, dto);
        return dto;
    }

    @Transactional
    public BudgetLineDto updateLine(UUID productionId, UUID budgetId, UUID versionId, UUID lineId, String ifMatch,
            BudgetLineInput input) {
        BudgetVersion version = draft(productionId, budgetId, versionId);
        Budget budget = Budget.findById(budgetId);
        BudgetLine line = line(versionId, lineId);
        Etags.requireMatch(ifMatch, line.version);
        Map<String, TemplateAccount> accounts = templates.accounts(budget.templateCode);
        BudgetLineDto before = lineDto(line, accounts, budget.currency, version.ratesOn);
        apply(line, input, accounts, budget.currency);
        version.touch(Instant.now(clock));
        BudgetLine.flush();
        BudgetLineDto after = lineDto(line, accounts, budget.currency, version.ratesOn);
        audit.record("budget.line.update", "budget_line", line.id, before, after);
        return after;
    }

    @Transactional
    public void deleteLine(UUID productionId, UUID budgetId, UUID versionId, UUID lineId) {
        BudgetVersion version = draft(productionId, budgetId, versionId);
        BudgetLine line = line(versionId, lineId);
        audit.record("budget.line.delete", "budget_line", line.id, Map.of("accountCode", line.accountCode,
                "quantity", line.quantity.toPlainString(), "rate", line.rate.toPlainString(), "currency", line.currency), null);
        line.delete();
        version.touch(Instant.now(clock));
    }

    @Transactional
    public BudgetRuleDto putRule(UUID productionId, UUID budgetId, UUID versionId, String code, BudgetRuleInput input) {
        BudgetVersion version = draft(productionId, budgetId, versionId);
        Budget budget = Budget.findById(budgetId);
        if (!code.matches("[A-Z0-9_-]{1,20}")) {
            throw ProblemException.badRequest("code", "must be 1 to 20 capital letters, digits, '-' or '_'");
        }
        Map<String, TemplateAccount> accounts = templates.accounts(budget.templateCode);
        List<String> chapters = input.baseChapters() == null ? List.of() : input.baseChapters();
        for (String chapter : chapters) {
            TemplateAccount a = accounts.get(chapter);
            if (a == null || a.level != 1) {
                throw ProblemException.badRequest("baseChapters", "unknown chapter " + chapter);
            }
        }
        List<BudgetRule> existing = rules(version.id);
        List<String> excluded = input.excludedRules() == null ? List.of() : input.excludedRules();
        for (String other : excluded) {
            if (existing.stream().noneMatch(r -> r.code.equals(other)) || other.equals(code)) {
                throw ProblemException.badRequest("excludedRules", "unknown rule " + other);
            }
        }
        if (input.cap() != null && !input.cap().currency().equals(budget.currency)) {
            throw ProblemException.badRequest("cap", "must be in the budget currency " + budget.currency);
        }
        BudgetRule rule = existing.stream().filter(r -> r.code.equals(code)).findFirst().orElse(null);
        Object before = null;
        if (rule == null) {
            rule = new BudgetRule();
            rule.id = UUID.randomUUID();
            rule.versionId = version.id;
            rule.code = code;
            rule.position = existing.stream().mapToInt(r -> r.position).max().orElse(0) + 1;
        } else {
            before = ruleSnapshot(rule);
        }
        DecimalString.requireRateScale("rate", input.rate());
        rule.kind = input.kind();
        rule.labelFr = input.labelFr().strip();
        rule.labelEn = input.labelEn().strip();
        rule.rate = input.rate();
        rule.baseChapters = chapters.toArray(String[]::new);
        rule.excludedRules = excluded.toArray(String[]::new);
        rule.cap = input.cap() == null ? null : input.cap().amount();
        if (input.position() != null) {
            rule.position = input.position();
        }
        if (!rule.isPersistent()) {
            rule.persist();
        }
        version.touch(Instant.now(clock));
        BudgetRule.flush();
        audit.record("budget.rule.put", "budget_rule", rule.id, before, ruleSnapshot(rule));
        Computed computed = compute(productionId, budgetId, versionId);
        return detail(computed).rules().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    @Transactional
    public void deleteRule(UUID productionId, UUID budgetId, UUID versionId, String code) {
        BudgetVersion version = draft(productionId, budgetId, versionId);
        BudgetRule rule = BudgetRule.<BudgetRule> find("versionId = ?1 and code = ?2", version.id, code).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("budget rule", code));
        audit.record("budget.rule.delete", "budget_rule", rule.id, ruleSnapshot(rule), null);
        rule.delete();
        version.touch(Instant.now(clock));
    }

    @Transactional
    public VersionSummary submit(UUID productionId, UUID budgetId, UUID versionId, String ifMatch) {
        BudgetVersion version = version(productionId, budgetId, versionId);
        checkIfMatch(ifMatch, version);
        version.requireDraft();
        version.status = VersionStatus.SUBMITTED;
        version.submittedAt = Instant.now(clock);
        version.touch(version.submittedAt);
        BudgetVersion.flush();
        audit.record("budget.version.submit", "budget_version", version.id, VersionStatus.DRAFT, version.status);
        return summary(version, compute(productionId, budgetId, versionId).result().total(), Budget.findById(budgetId));
    }

    /** Approves and locks the version: it becomes the reference for cost control. Publishes budget.version.locked. */
    @Transactional
    public VersionSummary approve(UUID productionId, UUID budgetId, UUID versionId, String ifMatch) {
        BudgetVersion version = version(productionId, budgetId, versionId);
        checkIfMatch(ifMatch, version);
        if (version.status == VersionStatus.APPROVED) {
            throw ProblemException.conflict("budget version " + version.number + " is already approved and locked");
        }
        VersionStatus before = version.status;
        Instant now = Instant.now(clock);
        version.status = VersionStatus.APPROVED;
        version.lockedAt = now;
        version.touch(now);
        BudgetVersion.flush();
        Computed computed = compute(productionId, budgetId, versionId);
        Budget budget = computed.budget();
        List<BudgetVersionLocked.Chapter> chapters = new ArrayList<>();
        computed.result().chapterTotals().forEach((code, total) -> chapters.add(new BudgetVersionLocked.Chapter(code,
                computed.accounts().get(code).labelFr, computed.accounts().get(code).labelEn, total.toPlainString())));
        outbox.publish(VERSION_LOCKED, productionId, new BudgetVersionLocked(productionId, budgetId, version.id,
                version.number, budget.templateCode, budget.currency, computed.result().subtotal().toPlainString(),
                computed.result().total().toPlainString(), computed.result().spentInFrance().toPlainString(),
                computed.result().taxCreditEligibleSpend().toPlainString(), chapters, now));
        audit.record("budget.version.approve", "budget_version", version.id, before, version.status);
        return summary(version, computed.result().total(), budget);
    }

    @Transactional
    public VersionSummary copy(UUID productionId, UUID budgetId, UUID versionId, VersionCopyRequest request) {
        BudgetVersion source = version(productionId, budgetId, versionId);
        Integer last = BudgetVersion.find("select max(number) from BudgetVersion where budgetId = ?1", budgetId)
                .project(Integer.class).firstResult();
        Instant now = Instant.now(clock);
        BudgetVersion copy = newVersion(budgetId, last + 1, request == null || request.label() == null
                ? "Copie de la version " + source.number : request.label(), source.ratesOn, source.id, now);
        copy.persist();
        for (BudgetLine line : lines(source.id)) {
            line.copyInto(copy.id).persist();
        }
        for (BudgetRule rule : rules(source.id)) {
            rule.copyInto(copy.id).persist();
        }
        BudgetVersion.flush();
        audit.record("budget.version.copy", "budget_version", copy.id, source.id, copy.id);
        return summary(copy, compute(productionId, budgetId, copy.id).result().total(), Budget.findById(budgetId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public VersionComparisonDto compare(UUID productionId, UUID budgetId, UUID fromVersionId, UUID toVersionId) {
        Computed from = compute(productionId, budgetId, fromVersionId);
        Computed to = compute(productionId, budgetId, toVersionId);
        String currency = from.budget().currency;
        List<LineDifference> lines = new ArrayList<>();
        for (VersionComparison.Difference d : VersionComparison.lines(states(from), states(to))) {
            VersionComparison.LineState shown = d.after() == null ? d.before() : d.after();
            lines.add(new LineDifference(d.lineage(), d.change(), shown.accountCode(), shown.chapterCode(), shown.label(),
                    d.before() == null ? null : new Money(d.before().cost(), currency),
                    d.after() == null ? null : new Money(d.after().cost(), currency), new Money(d.delta(), currency),
                    d.changedFields()));
        }
        List<ChapterDelta> chapters = new ArrayList<>();
        for (Map.Entry<String, BigDecimal> chapter : to.result().chapterTotals().entrySet()) {
            TemplateAccount a = to.accounts().get(chapter.getKey());
            BigDecimal before = from.result().chapterTotals().getOrDefault(chapter.getKey(), BigDecimal.ZERO);
            chapters.add(delta(chapter.getKey(), a.labelFr, a.labelEn, before, chapter.getValue(), currency));
        }
        Map<String, BudgetRule> fromRules = new LinkedHashMap<>();
        from.rules().forEach(r -> fromRules.put(r.code, r));
        Map<String, BigDecimal> fromAmounts = new HashMap<>();
        from.result().rules().forEach(r -> fromAmounts.put(r.code(), r.amount()));
        List<ChapterDelta> rules = new ArrayList<>();
        for (int i = 0; i < to.rules().size(); i++) {
            BudgetRule rule = to.rules().get(i);
            fromRules.remove(rule.code);
            rules.add(delta(rule.code, rule.labelFr, rule.labelEn, fromAmounts.getOrDefault(rule.code, BigDecimal.ZERO),
                    to.result().rules().get(i).amount(), currency));
        }
        for (BudgetRule gone : fromRules.values()) {
            rules.add(delta(gone.code, gone.labelFr, gone.labelEn, fromAmounts.get(gone.code), BigDecimal.ZERO, currency));
        }
        return new VersionComparisonDto(from.version().id, from.version().number, to.version().id, to.version().number,
                lines, chapters, rules,
                delta("SUBTOTAL", "Sous-total", "Sub-total", from.result().subtotal(), to.result().subtotal(), currency),
                delta("TOTAL", "Total", "Total", from.result().total(), to.result().total(), currency));
    }

    /** The approved version the financing plan is measured against: the last one locked among the production's budgets. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<LockedBudget> latestLocked(UUID productionId) {
        return BudgetVersion.<BudgetVersion> find(
                "from BudgetVersion v where v.status = ?1 and v.budgetId in (select b.id from Budget b where b.productionId = ?2)",
                Sort.descending("lockedAt"), VersionStatus.APPROVED, productionId).firstResultOptional()
                .map(v -> {
                    Computed c = compute(productionId, v.budgetId, v.id);
                    return new LockedBudget(c.budget().id, v.id, v.number, c.budget().currency, c.result().total(),
                            c.result().taxCreditEligibleSpend(), c.result().spentInFrance());
                });
    }

    /** The figures of a locked version another feature may rely on. */
    public record LockedBudget(UUID budgetId, UUID versionId, int number, String currency, BigDecimal total,
            BigDecimal taxCreditEligibleSpend, BigDecimal spentInFrance) {
    }

    Computed compute(UUID productionId, UUID budgetId, UUID versionId) {
        BudgetVersion version = version(productionId, budgetId, versionId);
        Budget budget = Budget.findById(budgetId);
        Map<String, TemplateAccount> accounts = templates.accounts(budget.templateCode);
        List<BudgetLine> lines = lines(version.id);
        List<BudgetRule> rules = rules(version.id);
        DevisCalculator.Result result = DevisCalculator.compute(
                accounts.values().stream().map(TemplateAccount::toCalculation).toList(),
                lines.stream().map(BudgetLine::toCalculation).toList(),
                rules.stream().map(BudgetRule::toCalculation).toList(),
                templates.fringeRatesOn(version.ratesOn), budget.currency);
        return new Computed(budget, version, accounts, lines, rules, result);
    }

    VersionDetail detail(Computed c) {
        String cur = c.budget().currency;
        List<BudgetLineDto> lines = new ArrayList<>(c.lines().size());
        for (int i = 0; i < c.lines().size(); i++) {
            lines.add(lineDto(c.lines().get(i), c.accounts(), c.result().lines().get(i), cur));
        }
        List<AccountTotal> accounts = new ArrayList<>();
        List<ChapterTotal> chapters = new ArrayList<>();
        for (TemplateAccount a : c.accounts().values()) {
            if (a.level == 1) {
                chapters.add(new ChapterTotal(a.code, a.labelFr, a.labelEn, new Money(c.result().chapterTotals().get(a.code), cur)));
            } else {
                accounts.add(new AccountTotal(a.code, a.parentCode, a.chapterCode, a.level, a.labelFr, a.labelEn,
                        new Money(c.result().accountTotals().get(a.code), cur)));
            }
        }
        List<BudgetRuleDto> rules = new ArrayList<>();
        for (int i = 0; i < c.rules().size(); i++) {
            BudgetRule r = c.rules().get(i);
            DevisCalculator.RuleResult rr = c.result().rules().get(i);
            rules.add(new BudgetRuleDto(r.code, r.kind, r.labelFr, r.labelEn, DecimalString.rate(r.rate), List.of(r.baseChapters),
                    List.of(r.excludedRules), r.cap == null ? null : new Money(r.cap, cur), r.position,
                    new Money(rr.base(), cur), new Money(rr.amount(), cur), rr.capped()));
        }
        List<BudgetWarning> warnings = c.result().warnings().stream().map(w -> new BudgetWarning(w.code(), w.ruleCode(),
                w.share().toPlainString(), w.cap().toPlainString(), w.message())).toList();
        return new VersionDetail(summary(c.version(), c.result().total(), c.budget()), c.budget().productionId,
                c.budget().templateCode, cur, lines, accounts, chapters, new Money(c.result().subtotal(), cur), rules,
                new Money(c.result().total(), cur), new Money(c.result().spentInFrance(), cur),
                new Money(c.result().spentAbroad(), cur), new Money(c.result().taxCreditEligibleSpend(), cur), warnings);
    }

    private List<VersionComparison.LineState> states(Computed c) {
        List<VersionComparison.LineState> states = new ArrayList<>(c.lines().size());
        for (int i = 0; i < c.lines().size(); i++) {
            BudgetLine l = c.lines().get(i);
            DevisCalculator.LineResult r = c.result().lines().get(i);
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("accountCode", l.accountCode);
            fields.put("label", l.label);
            fields.put("quantity", l.quantity);
            fields.put("unit", l.unit);
            fields.put("rate", l.rate);
            fields.put("currency", l.currency);
            fields.put("exchangeRate", l.exchangeRate);
            fields.put("spentInFrance", l.spentInFrance);
            fields.put("fringeCategory", l.fringeCategory);
            fields.put("note", l.note);
            states.add(new VersionComparison.LineState(l.lineage, l.accountCode, c.accounts().get(l.accountCode).chapterCode,
                    labelOf(l, c.accounts()), fields, r.amount().add(r.fringe())));
        }
        return states;
    }

    private static ChapterDelta delta(String code, String fr, String en, BigDecimal before, BigDecimal after, String cur) {
        return new ChapterDelta(code, fr, en, new Money(before, cur), new Money(after, cur),
                new Money(after.subtract(before), cur));
    }

    private void apply(BudgetLine line, BudgetLineInput input, Map<String, TemplateAccount> accounts, String budgetCurrency) {
        TemplateAccount account = accounts.get(input.accountCode().strip());
        if (account == null) {
            throw ProblemException.badRequest("accountCode", "unknown account " + input.accountCode() + " in this budget's template");
        }
        if (account.level == 1) {
            throw ProblemException.badRequest("accountCode", "a line goes under a sub-account or line, not chapter " + account.code);
        }
        java.util.Currency currency = checkCurrency("currency", input.currency());
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        if (input.rate().stripTrailingZeros().scale() > digits) {
            throw ProblemException.badRequest("rate", "has more decimals than " + input.currency() + " allows (" + digits + ")");
        }
        if (input.quantity().stripTrailingZeros().scale() > 4) {
            throw ProblemException.badRequest("quantity", "has more than 4 decimals");
        }
        BigDecimal exchangeRate = input.exchangeRate();
        if (input.currency().equals(budgetCurrency)) {
            if (exchangeRate != null && exchangeRate.compareTo(BigDecimal.ONE) != 0) {
                throw ProblemException.badRequest("exchangeRate", "must be 1 or absent for the budget currency");
            }
            exchangeRate = BigDecimal.ONE;
        } else if (exchangeRate == null) {
            throw ProblemException.badRequest("exchangeRate", "is required for a line in " + input.currency()
                    + " (budget currency " + budgetCurrency + ")");
        } else if (exchangeRate.stripTrailingZeros().scale() > 8) {
            throw ProblemException.badRequest("exchangeRate", "has more than 8 decimals");
        }
        line.accountCode = account.code;
        line.label = input.label() == null || input.label().isBlank() ? null : input.label().strip();
        line.quantity = input.quantity();
        line.unit = input.unit();
        line.rate = input.rate();
        line.currency = input.currency();
        line.exchangeRate = exchangeRate;
        line.spentInFrance = input.spentInFrance() == null || input.spentInFrance();
        line.fringeCategory = input.fringeCategory() != null ? input.fringeCategory()
                : account.fringeCategory == null ? FringeCategory.NONE : account.fringeCategory;
        line.note = input.note();
    }

    static java.util.Currency checkCurrency(String field, String code) {
        try {
            return Money.currencyOf(code);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(field, e.getMessage());
        }
    }

    private BudgetLineDto lineDto(BudgetLine line, Map<String, TemplateAccount> accounts, String currency, LocalDate ratesOn) {
        DevisCalculator.Result r = DevisCalculator.compute(accounts.values().stream().map(TemplateAccount::toCalculation).toList(),
                List.of(line.toCalculation()), List.of(), templates.fringeRatesOn(ratesOn), currency);
        return lineDto(line, accounts, r.lines().get(0), currency);
    }

    private static BudgetLineDto lineDto(BudgetLine l, Map<String, TemplateAccount> accounts, DevisCalculator.LineResult r,
            String currency) {
        return new BudgetLineDto(l.id, l.lineage, l.accountCode, accounts.get(l.accountCode).chapterCode, labelOf(l, accounts),
                l.quantity.stripTrailingZeros().toPlainString(), l.unit, new Money(l.rate, l.currency),
                l.exchangeRate.stripTrailingZeros().toPlainString(), l.spentInFrance, l.fringeCategory, l.note,
                new Money(r.amountInCurrency(), l.currency), new Money(r.amount(), currency),
                r.fringeRate().toPlainString(), new Money(r.fringe(), currency), l.position, l.version);
    }

    static String labelOf(BudgetLine l, Map<String, TemplateAccount> accounts) {
        return l.label != null ? l.label : accounts.get(l.accountCode).labelFr;
    }

    private static Map<String, Object> ruleSnapshot(BudgetRule r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", r.code);
        m.put("kind", r.kind);
        m.put("rate", r.rate.toPlainString());
        m.put("baseChapters", Arrays.asList(r.baseChapters));
        m.put("excludedRules", Arrays.asList(r.excludedRules));
        m.put("cap", r.cap == null ? null : r.cap.toPlainString());
        return m;
    }

    private BudgetDto toDto(Budget budget) {
        List<VersionSummary> versions = BudgetVersion.<BudgetVersion> list("budgetId", Sort.by("number"), budget.id).stream()
                .map(v -> summary(v, compute(budget.productionId, budget.id, v.id).result().total(), budget)).toList();
        return new BudgetDto(budget.id, budget.productionId, budget.templateCode, budget.title, budget.currency,
                budget.createdAt, versions);
    }

    private static VersionSummary summary(BudgetVersion v, BigDecimal total, Budget budget) {
        return new VersionSummary(v.id, v.budgetId, v.number, v.status, v.label, v.ratesOn, v.copiedFrom,
                v.status == VersionStatus.APPROVED, new Money(total, budget.currency), v.createdAt, v.submittedAt, v.lockedAt,
                v.version);
    }

    private static BudgetVersion newVersion(UUID budgetId, int number, String label, LocalDate ratesOn, UUID copiedFrom,
            Instant now) {
        BudgetVersion v = new BudgetVersion();
        v.id = UUID.randomUUID();
        v.budgetId = budgetId;
        v.number = number;
        v.status = VersionStatus.DRAFT;
        v.label = label;
        v.ratesOn = ratesOn;
        v.copiedFrom = copiedFrom;
        v.createdAt = now;
        v.updatedAt = now;
        return v;
    }

    private static void checkIfMatch(String ifMatch, BudgetVersion version) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            Etags.requireMatch(ifMatch, version.version);
        }
    }

    private static void requireProduction(UUID productionId) {
        if (Production.findById(productionId) == null) {
            throw ProblemException.notFound("production", productionId);
        }
    }

    private static Budget budget(UUID productionId, UUID budgetId) {
        Budget budget = Budget.findById(budgetId);
        if (budget == null || !budget.productionId.equals(productionId)) {
            throw ProblemException.notFound("budget", budgetId);
        }
        return budget;
    }

    private static BudgetVersion version(UUID productionId, UUID budgetId, UUID versionId) {
        budget(productionId, budgetId);
        BudgetVersion version = BudgetVersion.findById(versionId);
        if (version == null || !version.budgetId.equals(budgetId)) {
            throw ProblemException.notFound("budget version", versionId);
        }
        return version;
    }

    private static BudgetVersion draft(UUID productionId, UUID budgetId, UUID versionId) {
        BudgetVersion version = version(productionId, budgetId, versionId);
        version.requireDraft();
        return version;
    }

    private static BudgetLine line(UUID versionId, UUID lineId) {
        BudgetLine line = BudgetLine.findById(lineId);
        if (line == null || !line.versionId.equals(versionId)) {
            throw ProblemException.notFound("budget line", lineId);
        }
        return line;
    }

    private static List<BudgetLine> lines(UUID versionId) {
        // Read-only: a 3 000-line version is read whole on every view; no snapshot for dirty checking.
        return BudgetLine.<BudgetLine> find("versionId", Sort.by("position").and("id"), versionId)
                .withHint(org.hibernate.jpa.HibernateHints.HINT_READ_ONLY, true).list();
    }

    private static List<BudgetRule> rules(UUID versionId) {
        List<BudgetRule> rules = new ArrayList<>(BudgetRule.<BudgetRule> list("versionId", versionId));
        rules.sort(Comparator.comparingInt((BudgetRule r) -> r.position).thenComparing(r -> r.code));
        return rules;
    }
}
