package fr.bobine.budget.costreport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Two cost reports of one production side by side (usually two weekly snapshots, or a snapshot and today): per line
 * (by key, so by lineage), the figures of each and the delta, to − from, of every reading. A line present in one report
 * only counts as zero in the other. Lines that moved (any delta not zero) come first, the largest move of estimated
 * final cost first, then of cost to date; the lines that did not move follow in report order. Chapters and the total are
 * compared the same way, in report order.
 */
public final class CostReportComparison {

    /** One line (or chapter, or total) of one report. */
    public record Side(String key, String accountCode, String chapterCode, String label, CostReport.Figures figures) {
    }

    /** {@code from} or {@code to} is null when the line is absent from that report. */
    public record Delta(String key, String accountCode, String chapterCode, String label, CostReport.Figures from,
            CostReport.Figures to, CostReport.Figures delta, boolean moved) {
    }

    private CostReportComparison() {
    }

    public static List<Delta> lines(List<Side> from, List<Side> to) {
        List<Delta> all = pair(from, to);
        List<Delta> moved = new ArrayList<>(all.stream().filter(Delta::moved).toList());
        moved.sort(Comparator.<Delta, BigDecimal> comparing(d -> d.delta().estimatedFinalCost().abs()).reversed()
                .thenComparing(Comparator.<Delta, BigDecimal> comparing(d -> d.delta().costToDate().abs()).reversed()));
        List<Delta> out = new ArrayList<>(moved);
        all.stream().filter(d -> !d.moved()).forEach(out::add);
        return out;
    }

    /** Chapters or totals: compared in the order of the later report, then those only the earlier one has. */
    public static List<Delta> totals(List<Side> from, List<Side> to) {
        return pair(from, to);
    }

    public static CostReport.Figures delta(CostReport.Figures from, CostReport.Figures to) {
        CostReport.Figures a = from == null ? CostReport.Figures.zero() : from;
        CostReport.Figures b = to == null ? CostReport.Figures.zero() : to;
        return new CostReport.Figures(b.budget().subtract(a.budget()), b.committed().subtract(a.committed()),
                b.actual().subtract(a.actual()), b.costToDate().subtract(a.costToDate()),
                b.estimateToComplete().subtract(a.estimateToComplete()),
                b.estimatedFinalCost().subtract(a.estimatedFinalCost()), b.variance().subtract(a.variance()));
    }

    static boolean isZero(CostReport.Figures f) {
        return f.budget().signum() == 0 && f.committed().signum() == 0 && f.actual().signum() == 0
                && f.costToDate().signum() == 0 && f.estimateToComplete().signum() == 0
                && f.estimatedFinalCost().signum() == 0 && f.variance().signum() == 0;
    }

    private static List<Delta> pair(List<Side> from, List<Side> to) {
        Map<String, Side> before = new LinkedHashMap<>();
        from.forEach(s -> before.put(s.key(), s));
        List<Delta> out = new ArrayList<>();
        for (Side after : to) {
            Side earlier = before.remove(after.key());
            CostReport.Figures d = delta(earlier == null ? null : earlier.figures(), after.figures());
            out.add(new Delta(after.key(), after.accountCode(), after.chapterCode(), after.label(),
                    earlier == null ? null : earlier.figures(), after.figures(), d, earlier == null || !isZero(d)));
        }
        for (Side gone : before.values()) {
            out.add(new Delta(gone.key(), gone.accountCode(), gone.chapterCode(), gone.label(), gone.figures(), null,
                    delta(gone.figures(), null), true));
        }
        return out;
    }
}
