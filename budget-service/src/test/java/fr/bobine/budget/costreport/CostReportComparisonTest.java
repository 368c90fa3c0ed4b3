package fr.bobine.budget.costreport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.bobine.budget.costreport.CostReport.Figures;
import fr.bobine.budget.costreport.CostReport.Kind;
import fr.bobine.budget.costreport.CostReportComparison.Delta;
import fr.bobine.budget.costreport.CostReportComparison.Side;

class CostReportComparisonTest {

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    /** A report line through the real report arithmetic, so the two sides are what the service would keep. */
    static Side side(String key, String account, String budget, String committed, String actual, String etc) {
        Figures f = CostReport.figures(new CostReport.Line(key, account, account.substring(0, 1), key, Kind.COST, d(budget),
                d(committed), d(actual), etc == null ? null : d(etc)));
        return new Side(key, account, account.substring(0, 1), key, f);
    }

    // week 1: locations 48 000.00 budget, 30 000.00 ordered, nothing invoiced; camera 20 000.00, nothing yet;
    // grading 15 000.00, 15 000.00 ordered
    final List<Side> week1 = List.of(
            side("locations", "52", "48000.00", "30000.00", "0.00", null),
            side("camera", "71", "20000.00", "0.00", "0.00", null),
            side("grading", "83", "15000.00", "15000.00", "0.00", null));

    // week 2: 12 000.00 invoiced on locations (committed 30 000.00 − 12 000.00 = 18 000.00); camera ordered
    // 25 000.00 (over its budget); grading untouched; a spend outside the budget of 1 250.40 appears
    final List<Side> week2 = List.of(
            side("locations", "52", "48000.00", "18000.00", "12000.00", null),
            side("camera", "71", "20000.00", "25000.00", "0.00", null),
            side("grading", "83", "15000.00", "15000.00", "0.00", null),
            side("hors", "HORS-DEVIS", "0.00", "0.00", "1250.40", null));

    @Test
    void invoiceAgainstItsOrderMovesActualAndCommittedButNotTheFinalCost() {
        Delta locations = find(CostReportComparison.lines(week1, week2), "locations");
        // actual 0.00 → 12 000.00: +12 000.00; committed 30 000.00 → 18 000.00: −12 000.00; cost to date 30 000.00 both;
        // ETC = 48 000.00 − 30 000.00 = 18 000.00 both; EFC 48 000.00 both; variance 0.00 both
        CostReportTest.assertFigures(locations.delta(), "0.00", "-12000.00", "12000.00", "0.00", "0.00", "0.00", "0.00");
        assertTrue(locations.moved());
    }

    @Test
    void orderPastTheBudgetShowsTheOverrunAsTheDeltaOfVariance() {
        Delta camera = find(CostReportComparison.lines(week1, week2), "camera");
        // week 1: cost to date 0.00, ETC 20 000.00, EFC 20 000.00, variance 0.00
        // week 2: cost to date 25 000.00, ETC max(0, 20 000.00 − 25 000.00) = 0.00, EFC 25 000.00, variance −5 000.00
        CostReportTest.assertFigures(camera.delta(), "0.00", "25000.00", "0.00", "25000.00", "-20000.00", "5000.00",
                "-5000.00");
        CostReportTest.assertFigures(camera.from(), "20000.00", "0.00", "0.00", "0.00", "20000.00", "20000.00", "0.00");
    }

    @Test
    void linesThatMovedComeFirstLargestFinalCostChangeFirstThenTheOthersInReportOrder() {
        List<Delta> lines = CostReportComparison.lines(week1, week2);
        // camera ΔEFC 5 000.00; hors-devis ΔEFC 1 250.40 (new line: cost to date 1 250.40, ETC 0.00); locations ΔEFC 0.00
        // but it moved (Δ cost to date 0.00, Δ actual 12 000.00); grading did not move
        assertEquals(List.of("camera", "hors", "locations", "grading"), lines.stream().map(Delta::key).toList());
        assertEquals(List.of(true, true, true, false), lines.stream().map(Delta::moved).toList());
        Delta hors = lines.get(1);
        assertNull(hors.from());
        CostReportTest.assertFigures(hors.delta(), "0.00", "0.00", "1250.40", "1250.40", "0.00", "1250.40", "-1250.40");
        CostReportTest.assertFigures(lines.get(3).delta(), "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00");
    }

    @Test
    void lineOnlyInTheEarlierReportCountsAsZeroInTheLaterOne() {
        List<Delta> lines = CostReportComparison.lines(week2, week1);
        Delta hors = find(lines, "hors");
        assertNull(hors.to());
        assertTrue(hors.moved());
        CostReportTest.assertFigures(hors.delta(), "0.00", "0.00", "-1250.40", "-1250.40", "0.00", "-1250.40", "1250.40");
    }

    @Test
    void sameReportTwiceMovesNothing() {
        List<Delta> lines = CostReportComparison.lines(week2, week2);
        assertEquals(4, lines.size());
        lines.forEach(l -> assertFalse(l.moved(), l.key()));
    }

    @Test
    void chapterTotalsCompareInTheOrderOfTheLaterReport() {
        List<Side> before = List.of(new Side("5", null, "5", null, week1.get(0).figures()),
                new Side("8", null, "8", null, week1.get(2).figures()));
        List<Side> after = List.of(new Side("5", null, "5", null, week2.get(0).figures()),
                new Side("7", null, "7", null, week2.get(1).figures()), new Side("8", null, "8", null, week2.get(2).figures()));
        List<Delta> chapters = CostReportComparison.totals(before, after);
        assertEquals(List.of("5", "7", "8"), chapters.stream().map(Delta::key).toList());
        // chapter 7 is new: its delta is its week-2 figures
        CostReportTest.assertFigures(chapters.get(1).delta(), "20000.00", "25000.00", "0.00", "25000.00", "0.00", "25000.00",
                "-5000.00");
    }

    static Delta find(List<Delta> lines, String key) {
        return lines.stream().filter(l -> l.key().equals(key)).findFirst().orElseThrow();
    }
}
