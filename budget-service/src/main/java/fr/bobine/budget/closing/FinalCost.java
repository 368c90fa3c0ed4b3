package fr.bobine.budget.closing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.bobine.budget.devis.DevisCalculator;
import fr.bobine.budget.devis.RuleKind;

/**
 * The final cost statement (coût définitif) of a production: the executed budget against the locked one, per line,
 * account and chapter, with the lines that make most of each chapter's variance.
 * Source: the 2010 interprofessional transparency agreement (cinema), whose film cost is closed on the costs actually
 * incurred, with frais généraux and the producer's percentage lines at their rate of that cost; shared/domain/budget.md
 * §1.4.
 * <p>
 * Rules:
 * <ul>
 * <li>a cost line's executed figure is its actual cost (matched invoices, approved hours, fees booked); open
 * commitments are not cost yet, they are blocking items of the statement;</li>
 * <li>imprévus are not a cost: an overrun they were meant to absorb is already on the line it hit; executed 0;</li>
 * <li>every other percentage line (frais généraux, producer fee, frais financiers, others) is recomputed as in the
 * devis, rate × base, on the executed figures: the chapters of its base (all when none is named) plus the earlier
 * percentage lines it does not exclude, rounded once half-up at the cent, capped when the devis caps it;</li>
 * <li>variance = budget − executed: positive is a saving, negative an overrun (the sign of the cost report);</li>
 * <li>a chapter's main contributors are its lines whose variance goes the same way as the chapter's, largest first,
 * {@value #CONTRIBUTORS} at most, each with its share of the chapter's variance.</li>
 * </ul>
 */
public final class FinalCost {

    static final int CONTRIBUTORS = 3;

    /** A line of the locked budget as the cost report reads it; {@code rule} is true for a percentage line. */
    public record Line(String key, String accountCode, String chapterCode, String label, boolean rule, BigDecimal budget,
            BigDecimal actual) {
    }

    public record Figures(BigDecimal budget, BigDecimal executed, BigDecimal variance) {
        Figures plus(Figures o) {
            return new Figures(budget.add(o.budget), executed.add(o.executed), variance.add(o.variance));
        }
    }

    public record LineResult(Line line, Figures figures) {
    }

    /** {@code share} is the contributor's variance over the chapter's, to four decimals (1.0000 = all of it). */
    public record Contributor(String key, String label, BigDecimal variance, BigDecimal share) {
    }

    public record Chapter(String code, Figures figures, List<Contributor> contributors) {
    }

    public record Result(List<LineResult> lines, Map<String, Figures> accounts, List<Chapter> chapters, Figures total) {
    }

    private FinalCost() {
    }

    /**
     * @param lines the report's lines in report order (cost lines first, then the percentage lines in devis order)
     * @param rules the locked version's percentage rules, in devis order; their codes are the keys of the rule lines
     * @param scale the currency's minor unit (2 for EUR)
     */
    public static Result compute(List<Line> lines, List<DevisCalculator.Rule> rules, int scale) {
        Map<String, BigDecimal> executedByChapter = new LinkedHashMap<>();
        for (Line l : lines) {
            if (!l.rule()) {
                executedByChapter.merge(l.chapterCode(), l.actual(), BigDecimal::add);
            }
        }
        Map<String, BigDecimal> ruleExecuted = new LinkedHashMap<>();
        for (DevisCalculator.Rule rule : rules) {
            ruleExecuted.put(rule.code(), executedRule(rule, executedByChapter, ruleExecuted, scale));
        }
        List<LineResult> results = new ArrayList<>(lines.size());
        Map<String, Figures> accounts = new LinkedHashMap<>();
        Map<String, Figures> chapters = new LinkedHashMap<>();
        Figures total = new Figures(zero(scale), zero(scale), zero(scale));
        for (Line l : lines) {
            BigDecimal executed = l.rule() ? ruleExecuted.getOrDefault(l.key(), zero(scale)).add(l.actual()) : l.actual();
            Figures f = new Figures(l.budget(), executed, l.budget().subtract(executed));
            results.add(new LineResult(l, f));
            accounts.merge(l.accountCode(), f, Figures::plus);
            chapters.merge(l.chapterCode(), f, Figures::plus);
            total = total.plus(f);
        }
        List<Chapter> out = new ArrayList<>();
        for (Map.Entry<String, Figures> c : chapters.entrySet()) {
            out.add(new Chapter(c.getKey(), c.getValue(), contributors(c.getKey(), c.getValue().variance(), results)));
        }
        return new Result(results, accounts, out, total);
    }

    static BigDecimal executedRule(DevisCalculator.Rule rule, Map<String, BigDecimal> executedByChapter,
            Map<String, BigDecimal> earlierRules, int scale) {
        if (rule.kind() == RuleKind.IMPREVUS) {
            return zero(scale);
        }
        BigDecimal base = zero(scale);
        for (Map.Entry<String, BigDecimal> chapter : executedByChapter.entrySet()) {
            if (rule.baseChapters().isEmpty() || rule.baseChapters().contains(chapter.getKey())) {
                base = base.add(chapter.getValue());
            }
        }
        for (Map.Entry<String, BigDecimal> earlier : earlierRules.entrySet()) {
            if (!rule.excludedRules().contains(earlier.getKey())) {
                base = base.add(earlier.getValue());
            }
        }
        BigDecimal amount = base.multiply(rule.rate()).setScale(scale, RoundingMode.HALF_UP);
        if (rule.cap() != null && amount.compareTo(rule.cap()) > 0) {
            amount = rule.cap().setScale(scale, RoundingMode.HALF_UP);
        }
        return amount;
    }

    static List<Contributor> contributors(String chapter, BigDecimal chapterVariance, List<LineResult> lines) {
        if (chapterVariance.signum() == 0) {
            return List.of();
        }
        return lines.stream()
                .filter(l -> l.line().chapterCode().equals(chapter))
                .filter(l -> l.figures().variance().signum() == chapterVariance.signum())
                .sorted(Comparator.comparing((LineResult l) -> l.figures().variance().abs()).reversed())
                .limit(CONTRIBUTORS)
                .map(l -> new Contributor(l.line().key(), l.line().label(), l.figures().variance(),
                        l.figures().variance().divide(chapterVariance, 4, RoundingMode.HALF_UP)))
                .toList();
    }

    private static BigDecimal zero(int scale) {
        return BigDecimal.ZERO.setScale(scale);
    }
}
