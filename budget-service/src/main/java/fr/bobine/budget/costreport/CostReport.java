package fr.bobine.budget.costreport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cost report of a production: per budget line, account and chapter, the locked budget, what is committed (the
 * open part of orders), what is actual (matched invoices, labour actuals), the cost to date, the estimate to complete,
 * the estimated final cost and the variance.
 * Source of the conventions: Periscope cost report (Total Cost = Actual + PO Commits, EFC = Total Cost + ETC) and
 * shared/domain/budget.md §3.1.
 * <p>
 * Rules, all figures already rounded at the cent by the documents they come from (nothing is rounded here):
 * <ul>
 * <li>cost to date = actual + committed;</li>
 * <li>estimate to complete = the figure the accountant entered; else, on a labour line the published shooting schedule
 * plans (crew.labour.planned), what the plan still expects on it (the planned weeks not yet approved) less what is already
 * committed there, max(0, planned to complete − committed): the contracts' commitments cover that much of it; else what
 * is left of the budget, max(0, budget − cost to date): a line on which nothing has been spent is forecast at its
 * budget;</li>
 * <li>estimated final cost = cost to date + estimate to complete;</li>
 * <li>variance = budget − estimated final cost: positive is under budget (a saving), negative an overrun.</li>
 * </ul>
 * Frais généraux and imprévus get no invoice (FG) and no actual (imprévus): with an estimate to complete of zero they
 * would show a saving of their whole budget from day one. By the default above they are forecast at their budget, so
 * their variance stays zero until the producer enters an estimate (releases the contingency at wrap); and the report
 * also gives the variance of the cost lines alone, {@code costLinesVariance}, which never includes them.
 */
public final class CostReport {

    public enum Kind {
        COST, FRAIS_GENERAUX, IMPREVUS
    }

    /**
     * One line of the locked budget and what was booked on it; {@code enteredEtc} is null when the user entered none,
     * {@code plannedToComplete} when no published schedule plans labour on it.
     */
    public record Line(String key, String accountCode, String chapterCode, String label, Kind kind, BigDecimal budget,
            BigDecimal committed, BigDecimal actual, BigDecimal enteredEtc, BigDecimal plannedToComplete) {

        public Line(String key, String accountCode, String chapterCode, String label, Kind kind, BigDecimal budget,
                BigDecimal committed, BigDecimal actual, BigDecimal enteredEtc) {
            this(key, accountCode, chapterCode, label, kind, budget, committed, actual, enteredEtc, null);
        }
    }

    public record Figures(BigDecimal budget, BigDecimal committed, BigDecimal actual, BigDecimal costToDate,
            BigDecimal estimateToComplete, BigDecimal estimatedFinalCost, BigDecimal variance) {

        static Figures zero() {
            BigDecimal z = BigDecimal.ZERO.setScale(2);
            return new Figures(z, z, z, z, z, z, z);
        }

        Figures plus(Figures o) {
            return new Figures(budget.add(o.budget), committed.add(o.committed), actual.add(o.actual),
                    costToDate.add(o.costToDate), estimateToComplete.add(o.estimateToComplete),
                    estimatedFinalCost.add(o.estimatedFinalCost), variance.add(o.variance));
        }
    }

    public record LineResult(Line line, Figures figures, boolean etcEntered, boolean etcPlanned) {
    }

    public record Result(List<LineResult> lines, Map<String, Figures> accounts, Map<String, Figures> chapters,
            Figures total, BigDecimal costLinesVariance) {
    }

    private CostReport() {
    }

    public static Figures figures(Line line) {
        BigDecimal costToDate = line.actual().add(line.committed());
        BigDecimal etc;
        if (line.enteredEtc() != null) {
            etc = line.enteredEtc();
        } else if (line.plannedToComplete() != null) {
            etc = line.plannedToComplete().subtract(line.committed()).max(BigDecimal.ZERO.setScale(2));
        } else {
            etc = line.budget().subtract(costToDate).max(BigDecimal.ZERO.setScale(2));
        }
        BigDecimal efc = costToDate.add(etc);
        return new Figures(line.budget(), line.committed(), line.actual(), costToDate, etc, efc, line.budget().subtract(efc));
    }

    /** Lines in report order; accounts and chapters keep the order in which they first appear. */
    public static Result compute(List<Line> lines) {
        List<LineResult> results = new ArrayList<>(lines.size());
        Map<String, Figures> accounts = new LinkedHashMap<>();
        Map<String, Figures> chapters = new LinkedHashMap<>();
        Figures total = Figures.zero();
        BigDecimal costLinesVariance = BigDecimal.ZERO.setScale(2);
        for (Line line : lines) {
            Figures f = figures(line);
            if (f.estimateToComplete().signum() < 0) {
                throw new IllegalArgumentException("estimate to complete of " + line.key() + " is negative");
            }
            results.add(new LineResult(line, f, line.enteredEtc() != null,
                    line.enteredEtc() == null && line.plannedToComplete() != null));
            accounts.merge(line.accountCode(), f, Figures::plus);
            chapters.merge(line.chapterCode(), f, Figures::plus);
            total = total.plus(f);
            if (line.kind() == Kind.COST) {
                costLinesVariance = costLinesVariance.add(f.variance());
            }
        }
        return new Result(results, accounts, chapters, total, costLinesVariance);
    }
}
