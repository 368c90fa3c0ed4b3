package fr.bobine.budget.devis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The arithmetic of a CNC devis: lines (quantity x rate, converted at the stored exchange rate), social charges per
 * line posted to the chapter-4 account of their category, totals per account and chapter, percentage rules below the
 * sub-total, and the warnings of the cinema transparency agreement.
 * Source of the caps: accord interprofessionnel du 16 décembre 2010, étendu par arrêté du 7 février 2011.
 * <p>
 * Rounding: each figure a budget document shows (line amount, line fringe, rule amount) is rounded once, half-up,
 * at the cent of the budget currency; every total is the exact sum of those rounded figures, so a printed devis adds
 * up.
 */
public final class DevisCalculator {

    /** Transparency caps of the 2010 agreement, as a share of the cost without FG, producer fee and finance costs. */
    public static final BigDecimal FRAIS_GENERAUX_CAP = new BigDecimal("0.07");
    public static final BigDecimal PRODUCER_FEE_CAP = new BigDecimal("0.05");
    public static final BigDecimal FRAIS_FINANCIERS_CAP = new BigDecimal("0.05");

    public record Account(String code, String parentCode, String chapterCode, int level, FringeCategory postsFringesOf,
            boolean taxCreditEligible) {
    }

    public record Line(UUID id, String accountCode, BigDecimal quantity, BigDecimal rate, String currency,
            BigDecimal exchangeRate, boolean spentInFrance, FringeCategory fringeCategory) {
    }

    public record Rule(String code, RuleKind kind, BigDecimal rate, Set<String> baseChapters, Set<String> excludedRules,
            BigDecimal cap) {
    }

    public record LineResult(UUID id, BigDecimal amountInCurrency, BigDecimal amount, BigDecimal fringeRate,
            BigDecimal fringe) {
    }

    public record RuleResult(String code, BigDecimal base, BigDecimal amount, boolean capped) {
    }

    public record Warning(String code, String ruleCode, BigDecimal share, BigDecimal cap, String message) {
    }

    public record Result(List<LineResult> lines, Map<String, BigDecimal> accountTotals, Map<String, BigDecimal> chapterTotals,
            BigDecimal subtotal, List<RuleResult> rules, BigDecimal total, BigDecimal spentInFrance,
            BigDecimal spentAbroad, BigDecimal taxCreditEligibleSpend, List<Warning> warnings) {
    }

    private DevisCalculator() {
    }

    /**
     * @param accounts the template's accounts (chapters first is not required)
     * @param fringeRates the rate of each category on the version's rate date; a missing category has no charges
     * @param currency the budget currency, whose minor unit is the rounding step
     */
    public static Result compute(Collection<Account> accounts, List<Line> lines, List<Rule> rules,
            Map<FringeCategory, BigDecimal> fringeRates, String currency) {
        int scale = Math.max(0, java.util.Currency.getInstance(currency).getDefaultFractionDigits());
        BigDecimal zero = BigDecimal.ZERO.setScale(scale);
        Map<String, Account> byCode = new HashMap<>();
        Map<FringeCategory, String> fringeAccount = new EnumMap<>(FringeCategory.class);
        Map<String, BigDecimal> accountTotals = new LinkedHashMap<>();
        Map<String, BigDecimal> chapterTotals = new LinkedHashMap<>();
        for (Account a : accounts) {
            byCode.put(a.code(), a);
            if (a.postsFringesOf() != null && a.postsFringesOf() != FringeCategory.NONE) {
                fringeAccount.putIfAbsent(a.postsFringesOf(), a.code());
            }
            if (a.level() == 1) {
                chapterTotals.put(a.code(), zero);
            } else {
                accountTotals.put(a.code(), zero);
            }
        }

        List<LineResult> lineResults = new ArrayList<>(lines.size());
        BigDecimal france = zero;
        BigDecimal abroad = zero;
        BigDecimal eligible = zero;
        for (Line line : lines) {
            Account account = byCode.get(line.accountCode());
            if (account == null) {
                throw new IllegalArgumentException("unknown account " + line.accountCode());
            }
            int lineScale = Math.max(0, java.util.Currency.getInstance(line.currency()).getDefaultFractionDigits());
            BigDecimal inCurrency = line.quantity().multiply(line.rate()).setScale(lineScale, RoundingMode.HALF_UP);
            BigDecimal amount = inCurrency.multiply(line.exchangeRate()).setScale(scale, RoundingMode.HALF_UP);
            FringeCategory category = line.fringeCategory() == null ? FringeCategory.NONE : line.fringeCategory();
            BigDecimal fringeRate = category == FringeCategory.NONE ? BigDecimal.ZERO
                    : fringeRates.getOrDefault(category, BigDecimal.ZERO);
            BigDecimal fringe = amount.multiply(fringeRate).setScale(scale, RoundingMode.HALF_UP);
            lineResults.add(new LineResult(line.id(), inCurrency, amount, fringeRate, fringe));

            add(accountTotals, chapterTotals, byCode, account, amount);
            Account fringeTarget = byCode.get(fringeAccount.getOrDefault(category, account.code()));
            add(accountTotals, chapterTotals, byCode, fringeTarget, fringe);

            BigDecimal cost = amount.add(fringe);
            if (line.spentInFrance()) {
                france = france.add(cost);
                if (account.taxCreditEligible() && byCode.get(account.chapterCode()).taxCreditEligible()) {
                    eligible = eligible.add(cost);
                }
            } else {
                abroad = abroad.add(cost);
            }
        }

        BigDecimal subtotal = chapterTotals.values().stream().reduce(zero, BigDecimal::add);
        List<RuleResult> ruleResults = new ArrayList<>(rules.size());
        Map<String, BigDecimal> ruleAmounts = new LinkedHashMap<>();
        for (Rule rule : rules) {
            BigDecimal base = zero;
            for (Map.Entry<String, BigDecimal> chapter : chapterTotals.entrySet()) {
                if (rule.baseChapters().isEmpty() || rule.baseChapters().contains(chapter.getKey())) {
                    base = base.add(chapter.getValue());
                }
            }
            for (Map.Entry<String, BigDecimal> earlier : ruleAmounts.entrySet()) {
                if (!rule.excludedRules().contains(earlier.getKey())) {
                    base = base.add(earlier.getValue());
                }
            }
            BigDecimal amount = base.multiply(rule.rate()).setScale(scale, RoundingMode.HALF_UP);
            boolean capped = rule.cap() != null && amount.compareTo(rule.cap()) > 0;
            if (capped) {
                amount = rule.cap().setScale(scale, RoundingMode.HALF_UP);
            }
            ruleAmounts.put(rule.code(), amount);
            ruleResults.add(new RuleResult(rule.code(), base, amount, capped));
        }
        BigDecimal total = ruleAmounts.values().stream().reduce(subtotal, BigDecimal::add);

        return new Result(lineResults, accountTotals, chapterTotals, subtotal, ruleResults, total, france, abroad, eligible,
                transparencyWarnings(rules, ruleResults, subtotal));
    }

    /**
     * The film cost the 2010 agreement measures FG and producer fee against: the chapters plus any OTHER rule, without
     * FG, producer fee, finance costs and contingency (contingency is not a cost component of the agreement). Finance
     * costs are measured against the cost with FG and producer fee.
     * <p>
     * Each rule is compared with its cap as a rate: its share of that cost is its own rate applied to its base (or its
     * amount cap when that limits it), before the amount is rounded at the cent for the devis. A rule of exactly 7% of
     * the cost is at the cap even when its amount rounds up, half a cent above 7% of the cost.
     */
    static List<Warning> transparencyWarnings(List<Rule> rules, List<RuleResult> results, BigDecimal subtotal) {
        BigDecimal cost = subtotal;
        BigDecimal fgAndFee = BigDecimal.ZERO;
        for (int i = 0; i < rules.size(); i++) {
            RuleKind kind = rules.get(i).kind();
            if (kind == RuleKind.OTHER) {
                cost = cost.add(results.get(i).amount());
            } else if (kind == RuleKind.FRAIS_GENERAUX || kind == RuleKind.PRODUCER_FEE) {
                fgAndFee = fgAndFee.add(results.get(i).amount());
            }
        }
        List<Warning> warnings = new ArrayList<>();
        if (cost.signum() == 0) {
            return warnings;
        }
        for (int i = 0; i < rules.size(); i++) {
            Rule rule = rules.get(i);
            BigDecimal exact = exactAmount(rule, results.get(i));
            switch (rule.kind()) {
                case FRAIS_GENERAUX -> check(warnings, "frais-generaux-above-transparency-cap", rule.code(), exact, cost,
                        FRAIS_GENERAUX_CAP, "frais généraux above 7% of the film cost (2010 transparency agreement)");
                case PRODUCER_FEE -> check(warnings, "producer-fee-above-transparency-cap", rule.code(), exact, cost,
                        PRODUCER_FEE_CAP, "producer fee above 5% of the film cost (2010 transparency agreement)");
                case FRAIS_FINANCIERS -> check(warnings, "frais-financiers-above-transparency-cap", rule.code(), exact,
                        cost.add(fgAndFee), FRAIS_FINANCIERS_CAP,
                        "finance costs above 5% of the film cost (2010 transparency agreement)");
                default -> {
                }
            }
        }
        return warnings;
    }

    /** The rule's amount before rounding: rate x base, or its amount cap when that limits it. */
    private static BigDecimal exactAmount(Rule rule, RuleResult result) {
        return result.capped() ? rule.cap() : result.base().multiply(rule.rate());
    }

    /** Warns when {@code exact} / {@code base} is above {@code cap}, compared without dividing (exact > base x cap). */
    private static void check(List<Warning> warnings, String code, String ruleCode, BigDecimal exact, BigDecimal base,
            BigDecimal cap, String message) {
        if (exact.compareTo(base.multiply(cap)) > 0) {
            // rounded up, so that a share above the cap never reads as the cap itself
            BigDecimal share = exact.divide(base, 6, RoundingMode.CEILING);
            warnings.add(new Warning(code, ruleCode, share, cap, message));
        }
    }

    private static void add(Map<String, BigDecimal> accountTotals, Map<String, BigDecimal> chapterTotals,
            Map<String, Account> byCode, Account account, BigDecimal amount) {
        if (amount.signum() == 0) {
            return;
        }
        Account current = account;
        while (current != null && current.level() > 1) {
            accountTotals.merge(current.code(), amount, BigDecimal::add);
            current = current.parentCode() == null ? null : byCode.get(current.parentCode());
        }
        chapterTotals.merge(account.chapterCode(), amount, BigDecimal::add);
    }
}
