package fr.bobine.budget.closing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.bobine.budget.devis.DevisCalculator;
import fr.bobine.budget.devis.RuleKind;

class FinalCostTest {

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    static FinalCost.Line cost(String key, String account, String budget, String actual) {
        return new FinalCost.Line(key, account, account.substring(0, 1), key, false, d(budget), d(actual));
    }

    static FinalCost.Line rule(String code, String budget) {
        return new FinalCost.Line(code, code, code, code, true, d(budget), d("0.00"));
    }

    // the CNC cinema template's rules: FG 7 % of every chapter; imprévus 10 % of every chapter, FG excluded
    static final List<DevisCalculator.Rule> RULES = List.of(
            new DevisCalculator.Rule("FG", RuleKind.FRAIS_GENERAUX, d("0.070000"), Set.of(), Set.of(), null),
            new DevisCalculator.Rule("IMP", RuleKind.IMPREVUS, d("0.100000"), Set.of(), Set.of("FG"), null));

    // locked: locations 48 000.00 + construction 10 000.00 (chapter 5), camera 20 000.00 (chapter 7) = 78 000.00;
    // FG 7 % = 5 460.00; imprévus 10 % = 7 800.00; total 91 260.00
    final List<FinalCost.Line> film = List.of(
            cost("locations", "52", "48000.00", "30000.00"),
            cost("construction", "53", "10000.00", "11234.57"),
            cost("camera", "71", "20000.00", "25000.00"),
            rule("FG", "5460.00"),
            rule("IMP", "7800.00"));

    @Test
    void executedCostIsTheActualAndTheVarianceBudgetMinusExecuted() {
        FinalCost.Result r = FinalCost.compute(film, RULES, 2);
        // locations 48 000.00 − 30 000.00 = 18 000.00 saved; construction 10 000.00 − 11 234.57 = −1 234.57;
        // camera 20 000.00 − 25 000.00 = −5 000.00
        assertFigures(r.lines().get(0).figures(), "48000.00", "30000.00", "18000.00");
        assertFigures(r.lines().get(1).figures(), "10000.00", "11234.57", "-1234.57");
        assertFigures(r.lines().get(2).figures(), "20000.00", "25000.00", "-5000.00");
        // chapter 5: 58 000.00 − 41 234.57 = 16 765.43
        assertFigures(r.chapters().get(0).figures(), "58000.00", "41234.57", "16765.43");
        assertEquals("5", r.chapters().get(0).code());
    }

    @Test
    void fraisGenerauxAreRecomputedOnTheExecutedCostAndImprevusAreNotACost() {
        FinalCost.Result r = FinalCost.compute(film, RULES, 2);
        // executed base = 30 000.00 + 11 234.57 + 25 000.00 = 66 234.57; FG 7 % = 4 636.4199 → 4 636.42 (half-up)
        assertFigures(r.lines().get(3).figures(), "5460.00", "4636.42", "823.58");
        // imprévus: 0.00 executed, the whole 7 800.00 is unused contingency
        assertFigures(r.lines().get(4).figures(), "7800.00", "0.00", "7800.00");
        // total: budget 91 260.00; executed 66 234.57 + 4 636.42 = 70 870.99; variance 20 389.01
        assertFigures(r.total(), "91260.00", "70870.99", "20389.01");
    }

    @Test
    void aCapOnTheRuleStillApplies() {
        List<DevisCalculator.Rule> capped = List.of(
                new DevisCalculator.Rule("FG", RuleKind.FRAIS_GENERAUX, d("0.070000"), Set.of(), Set.of(), d("4000.00")));
        FinalCost.Result r = FinalCost.compute(List.of(film.get(0), film.get(1), film.get(2), film.get(3)), capped, 2);
        // 4 636.42 above the cap of 4 000.00: 4 000.00
        assertFigures(r.lines().get(3).figures(), "5460.00", "4000.00", "1460.00");
    }

    @Test
    void ruleOnNamedChaptersOnlyTakesThoseChapters() {
        List<DevisCalculator.Rule> chapter7 = List.of(
                new DevisCalculator.Rule("FG", RuleKind.FRAIS_GENERAUX, d("0.070000"), Set.of("7"), Set.of(), null));
        FinalCost.Result r = FinalCost.compute(film.subList(0, 4), chapter7, 2);
        // 7 % of chapter 7's executed 25 000.00 = 1 750.00
        assertEquals(d("1750.00"), r.lines().get(3).figures().executed());
    }

    @Test
    void chapterVarianceIsExplainedByTheLinesGoingTheSameWayLargestFirst() {
        List<FinalCost.Line> lines = List.of(
                cost("a", "51", "10000.00", "14000.00"),
                cost("b", "52", "10000.00", "9000.00"),
                cost("c", "53", "10000.00", "12500.00"),
                cost("d", "54", "10000.00", "10000.00"),
                cost("e", "55", "10000.00", "10250.00"),
                cost("f", "56", "10000.00", "10100.00"));
        FinalCost.Result r = FinalCost.compute(lines, List.of(), 2);
        // chapter 5: variance −4 000.00 + 1 000.00 − 2 500.00 + 0.00 − 250.00 − 100.00 = −5 850.00
        FinalCost.Chapter chapter = r.chapters().get(0);
        assertEquals(d("-5850.00"), chapter.figures().variance());
        // the overruns, largest first, three at most; the saving on b and the flat d do not explain an overrun
        assertEquals(List.of("a", "c", "e"), chapter.contributors().stream().map(FinalCost.Contributor::key).toList());
        // shares: 4 000.00 / 5 850.00 = 0.68376… → 0.6838; 2 500.00 / 5 850.00 = 0.42735… → 0.4274;
        // 250.00 / 5 850.00 = 0.04273… → 0.0427
        assertEquals(List.of(d("0.6838"), d("0.4274"), d("0.0427")),
                chapter.contributors().stream().map(FinalCost.Contributor::share).toList());
        assertEquals(d("-4000.00"), chapter.contributors().get(0).variance());
    }

    @Test
    void chapterOnBudgetHasNothingToExplain() {
        FinalCost.Result r = FinalCost.compute(List.of(cost("a", "51", "100.00", "100.00")), List.of(), 2);
        assertEquals(List.of(), r.chapters().get(0).contributors());
    }

    static void assertFigures(FinalCost.Figures f, String budget, String executed, String variance) {
        assertEquals(d(budget), f.budget(), "budget");
        assertEquals(d(executed), f.executed(), "executed");
        assertEquals(d(variance), f.variance(), "variance");
    }
}
