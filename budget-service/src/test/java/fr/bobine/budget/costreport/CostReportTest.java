package fr.bobine.budget.costreport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.bobine.budget.costreport.CostReport.Figures;
import fr.bobine.budget.costreport.CostReport.Kind;
import fr.bobine.budget.costreport.CostReport.Line;

class CostReportTest {

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    static Line line(String key, String account, String chapter, Kind kind, String budget, String committed, String actual,
            String etc) {
        return new Line(key, account, chapter, key, kind, d(budget), d(committed), d(actual), etc == null ? null : d(etc));
    }

    static void assertFigures(Figures f, String budget, String committed, String actual, String costToDate, String etc,
            String efc, String variance) {
        assertEquals(d(budget), f.budget(), "budget");
        assertEquals(d(committed), f.committed(), "committed");
        assertEquals(d(actual), f.actual(), "actual");
        assertEquals(d(costToDate), f.costToDate(), "cost to date");
        assertEquals(d(etc), f.estimateToComplete(), "estimate to complete");
        assertEquals(d(efc), f.estimatedFinalCost(), "estimated final cost");
        assertEquals(d(variance), f.variance(), "variance");
    }

    final List<Line> shooting = List.of(
            line("locations", "52", "5", Kind.COST, "48000.00", "20000.00", "12500.00", null),
            line("camera", "71", "7", Kind.COST, "52000.00", "0.00", "30000.00", "25000.00"),
            line("construction", "53", "5", Kind.COST, "10000.00", "6000.00", "7250.50", null),
            line("FG", "FG", "FG", Kind.FRAIS_GENERAUX, "7000.00", "0.00", "0.00", null),
            line("IMP", "IMP", "IMP", Kind.IMPREVUS, "10000.00", "0.00", "0.00", null));

    @Test
    void lineWithoutEnteredEstimateIsForecastAtWhatIsLeftOfItsBudget() {
        CostReport.Result r = CostReport.compute(shooting);
        // cost to date 12 500.00 + 20 000.00 = 32 500.00; ETC 48 000.00 - 32 500.00 = 15 500.00; EFC 48 000.00; variance 0
        assertFigures(r.lines().get(0).figures(), "48000.00", "20000.00", "12500.00", "32500.00", "15500.00", "48000.00", "0.00");
        assertFalse(r.lines().get(0).etcEntered());
    }

    @Test
    void enteredEstimateToCompleteWinsAndShowsTheOverrun() {
        CostReport.Result r = CostReport.compute(shooting);
        // cost to date 30 000.00; ETC entered 25 000.00; EFC 55 000.00; variance 52 000.00 - 55 000.00 = -3 000.00
        assertFigures(r.lines().get(1).figures(), "52000.00", "0.00", "30000.00", "30000.00", "25000.00", "55000.00", "-3000.00");
        assertTrue(r.lines().get(1).etcEntered());
    }

    @Test
    void lineAlreadyPastItsBudgetHasNothingLeftToSpendAndShowsItsOverrun() {
        CostReport.Result r = CostReport.compute(shooting);
        // cost to date 7 250.50 + 6 000.00 = 13 250.50; ETC max(0, 10 000.00 - 13 250.50) = 0; variance -3 250.50
        assertFigures(r.lines().get(2).figures(), "10000.00", "6000.00", "7250.50", "13250.50", "0.00", "13250.50", "-3250.50");
    }

    @Test
    void accountsChaptersAndTotalAddUpToTheCent() {
        CostReport.Result r = CostReport.compute(shooting);
        // chapter 5 = locations + construction: budget 58 000.00, committed 26 000.00, actual 19 750.50,
        // cost to date 45 750.50, ETC 15 500.00, EFC 61 250.50, variance -3 250.50
        assertFigures(r.chapters().get("5"), "58000.00", "26000.00", "19750.50", "45750.50", "15500.00", "61250.50", "-3250.50");
        assertFigures(r.accounts().get("71"), "52000.00", "0.00", "30000.00", "30000.00", "25000.00", "55000.00", "-3000.00");
        // budget 48 000 + 52 000 + 10 000 + 7 000 + 10 000 = 127 000.00; actual 12 500 + 30 000 + 7 250.50 = 49 750.50;
        // ETC 15 500 + 25 000 + 0 + 7 000 + 10 000 = 57 500.00; EFC 75 750.50 + 57 500.00 = 133 250.50;
        // variance 127 000.00 - 133 250.50 = -6 250.50
        assertFigures(r.total(), "127000.00", "26000.00", "49750.50", "75750.50", "57500.00", "133250.50", "-6250.50");
        assertEquals(d("-6250.50"), r.costLinesVariance());
    }

    @Test
    void overheadsAndContingencyShowNoSavingOnDayOne() {
        CostReport.Result r = CostReport.compute(List.of(
                line("locations", "52", "5", Kind.COST, "100000.00", "0.00", "0.00", null),
                line("FG", "FG", "FG", Kind.FRAIS_GENERAUX, "7000.00", "0.00", "0.00", null),
                line("IMP", "IMP", "IMP", Kind.IMPREVUS, "10700.00", "0.00", "0.00", null)));
        // nothing booked: every line forecast at its budget, EFC 117 700.00 = budget, variance 0.00 (not +17 700.00)
        assertFigures(r.total(), "117700.00", "0.00", "0.00", "0.00", "117700.00", "117700.00", "0.00");
        assertFigures(r.chapters().get("IMP"), "10700.00", "0.00", "0.00", "0.00", "10700.00", "10700.00", "0.00");
    }

    @Test
    void releasingTheContingencyShowsInTheTotalButNotInTheCostLinesVariance() {
        CostReport.Result r = CostReport.compute(List.of(
                line("locations", "52", "5", Kind.COST, "100000.00", "0.00", "104000.00", "0.00"),
                line("IMP", "IMP", "IMP", Kind.IMPREVUS, "10000.00", "0.00", "0.00", "0.00")));
        // locations: 100 000.00 - 104 000.00 = -4 000.00; contingency released: +10 000.00; total +6 000.00
        assertEquals(d("6000.00"), r.total().variance());
        assertEquals(d("-4000.00"), r.costLinesVariance());
    }

    @Test
    void negativeEnteredEstimateIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> CostReport.compute(List.of(
                line("locations", "52", "5", Kind.COST, "100.00", "0.00", "0.00", "-1.00"))));
    }

    static Line planned(String committed, String actual, String etc, String plannedToComplete) {
        return new Line("salaries", "2301", "2", "salaries", Kind.COST, d("20000.00"), d(committed), d(actual),
                etc == null ? null : d(etc), d(plannedToComplete));
    }

    @Test
    void aLabourLineTheScheduleOverPlansIsForecastAtThePlanLessWhatIsCommitted() {
        // contracts commit 4 000.00, the published schedule plans 4 400.00 of weeks not approved yet:
        // ETC 4 400.00 − 4 000.00 = 400.00; EFC 4 000.00 + 400.00 = 4 400.00; variance 20 000.00 − 4 400.00 = 15 600.00
        CostReport.Result r = CostReport.compute(List.of(planned("4000.00", "0.00", null, "4400.00")));
        assertFigures(r.lines().get(0).figures(), "20000.00", "4000.00", "0.00", "4000.00", "400.00", "4400.00", "15600.00");
        assertTrue(r.lines().get(0).etcPlanned());
        assertFalse(r.lines().get(0).etcEntered());
    }

    @Test
    void aPlanWithinTheCommitmentAddsNothingAndEnteredEstimatesStillWin() {
        // planned exactly what is committed: ETC 0.00; EFC the commitment, 4 000.00
        assertFigures(CostReport.figures(planned("4000.00", "0.00", null, "4000.00")), "20000.00", "4000.00", "0.00", "4000.00",
                "0.00", "4000.00", "16000.00");
        // planned under it: ETC max(0, 3 500.00 − 4 000.00) = 0.00, the commitment stands
        assertFigures(CostReport.figures(planned("4000.00", "0.00", null, "3500.00")), "20000.00", "4000.00", "0.00", "4000.00",
                "0.00", "4000.00", "16000.00");
        // after a week approved at 2 150.00: committed 1 850.00, planned to complete 2 300.00: ETC 450.00, EFC 4 450.00
        assertFigures(CostReport.figures(planned("1850.00", "2150.00", null, "2300.00")), "20000.00", "1850.00", "2150.00",
                "4000.00", "450.00", "4450.00", "15550.00");
        CostReport.Result entered = CostReport.compute(List.of(planned("4000.00", "0.00", "1000.00", "4400.00")));
        assertFigures(entered.lines().get(0).figures(), "20000.00", "4000.00", "0.00", "4000.00", "1000.00", "5000.00", "15000.00");
        assertTrue(entered.lines().get(0).etcEntered());
        assertFalse(entered.lines().get(0).etcPlanned());
    }
}
