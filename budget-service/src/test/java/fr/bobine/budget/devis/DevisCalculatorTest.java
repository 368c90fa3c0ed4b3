package fr.bobine.budget.devis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.bobine.budget.devis.DevisCalculator.Account;
import fr.bobine.budget.devis.DevisCalculator.Line;
import fr.bobine.budget.devis.DevisCalculator.Result;
import fr.bobine.budget.devis.DevisCalculator.Rule;

class DevisCalculatorTest {

    static final List<Account> ACCOUNTS = List.of(
            chapter("1"), account("12", "1", null, true), account("13", "1", null, true),
            chapter("2"), account("22", "2", null, true), account("2201", "22", null, true), account("24", "2", null, true),
            account("2401", "24", null, true),
            chapter("3"), account("31", "3", null, true),
            chapter("4"), account("41", "4", FringeCategory.AUTHOR, true),
            account("42", "4", FringeCategory.INTERMITTENT_TECHNICIAN, true), account("43", "4", FringeCategory.ARTIST, true),
            chapter("5"), account("52", "5", null, true),
            chapter("7"), account("71", "7", null, true),
            chapter("8"), account("83", "8", null, true),
            new Account("9", null, "9", 1, null, false), account("91", "9", null, false));

    static final Map<FringeCategory, BigDecimal> FRINGES = Map.of(
            FringeCategory.AUTHOR, new BigDecimal("0.011"),
            FringeCategory.INTERMITTENT_TECHNICIAN, new BigDecimal("0.52"),
            FringeCategory.ARTIST, new BigDecimal("0.48"));

    static final Rule FG = new Rule("FG", RuleKind.FRAIS_GENERAUX, new BigDecimal("0.07"), Set.of(), Set.of(), null);
    static final Rule IMP = new Rule("IMP", RuleKind.IMPREVUS, new BigDecimal("0.10"), Set.of(), Set.of("FG"), null);

    /**
     * A small feature film, worked by hand (fringe rates: authors 1.1 %, crew 52 %, cast 48 %):
     * <pre>
     * line                          quantity x rate                   amount EUR     fringe
     * 12   screenplay   (author)     1 x 45 000.00               =  45 000.00     45 000.00 x 0.011 =    495.00
     * 2201 director     (crew)       8 weeks x 2 587.53          =  20 700.24     20 700.24 x 0.52  = 10 764.1248 -> 10 764.12
     * 2401 DoP          (crew)       7 weeks x 2 310.45          =  16 173.15     16 173.15 x 0.52  =  8 410.038  ->  8 410.04
     * 31   lead role    (cast)      22 days  x 1 250.00          =  27 500.00     27 500.00 x 0.48  = 13 200.00
     * 52   location                 12 days  x   850.00          =  10 200.00     none
     * 71   camera, abroad            5 weeks x 3 200.00 GBP      =  16 000.00 GBP x 1.1765321 = 18 824.5136 -> 18 824.51, none
     * 83   VFX                       1 x 12 345.67               =  12 345.67     none
     *
     * chapter 1  Droits artistiques   45 000.00
     * chapter 2  Personnel            20 700.24 + 16 173.15                          =  36 873.39
     * chapter 3  Interprétation       27 500.00
     * chapter 4  Charges sociales     41: 495.00; 42: 10 764.12 + 8 410.04 = 19 174.16; 43: 13 200.00
     *                                 495.00 + 19 174.16 + 13 200.00                  =  32 869.16
     * chapter 5  Décors               10 200.00
     * chapter 7  Moyens techniques    18 824.51
     * chapter 8  Postproduction       12 345.67
     * chapter 9  Assurances                0.00
     * sub-total  45 000.00 + 36 873.39 + 27 500.00 + 32 869.16 + 10 200.00 + 18 824.51 + 12 345.67 = 183 612.73
     * FG 7 %     183 612.73 x 0.07 = 12 852.8911 -> 12 852.89
     * IMP 10 %   base excludes FG: 183 612.73 x 0.10 = 18 361.273 -> 18 361.27
     * total      183 612.73 + 12 852.89 + 18 361.27 = 214 826.89
     * France     183 612.73 - 18 824.51 = 164 788.22 (all eligible chapters); abroad 18 824.51
     * </pre>
     */
    @Test
    void smallFeatureFilmAddsUpToTheCentLikeTheHandCalculation() {
        Result r = DevisCalculator.compute(ACCOUNTS, List.of(
                eur("12", "1", "45000.00", FringeCategory.AUTHOR),
                eur("2201", "8", "2587.53", FringeCategory.INTERMITTENT_TECHNICIAN),
                eur("2401", "7", "2310.45", FringeCategory.INTERMITTENT_TECHNICIAN),
                eur("31", "22", "1250.00", FringeCategory.ARTIST),
                eur("52", "12", "850.00", FringeCategory.NONE),
                new Line(UUID.randomUUID(), "71", new BigDecimal("5"), new BigDecimal("3200.00"), "GBP",
                        new BigDecimal("1.1765321"), false, FringeCategory.NONE),
                eur("83", "1", "12345.67", FringeCategory.NONE)), List.of(FG, IMP), FRINGES, "EUR");

        assertEquals(new BigDecimal("20700.24"), r.lines().get(1).amount());
        assertEquals(new BigDecimal("10764.12"), r.lines().get(1).fringe());
        assertEquals(new BigDecimal("8410.04"), r.lines().get(2).fringe());
        assertEquals(new BigDecimal("16000.00"), r.lines().get(5).amountInCurrency());
        assertEquals(new BigDecimal("18824.51"), r.lines().get(5).amount());

        assertEquals(new BigDecimal("495.00"), r.accountTotals().get("41"));
        assertEquals(new BigDecimal("19174.16"), r.accountTotals().get("42"));
        assertEquals(new BigDecimal("13200.00"), r.accountTotals().get("43"));
        assertEquals(new BigDecimal("20700.24"), r.accountTotals().get("22"), "a line account rolls up into its parent");
        assertEquals(new BigDecimal("0.00"), r.accountTotals().get("13"));

        assertEquals(new BigDecimal("45000.00"), r.chapterTotals().get("1"));
        assertEquals(new BigDecimal("36873.39"), r.chapterTotals().get("2"));
        assertEquals(new BigDecimal("27500.00"), r.chapterTotals().get("3"));
        assertEquals(new BigDecimal("32869.16"), r.chapterTotals().get("4"));
        assertEquals(new BigDecimal("10200.00"), r.chapterTotals().get("5"));
        assertEquals(new BigDecimal("18824.51"), r.chapterTotals().get("7"));
        assertEquals(new BigDecimal("12345.67"), r.chapterTotals().get("8"));
        assertEquals(new BigDecimal("0.00"), r.chapterTotals().get("9"));
        assertEquals(new BigDecimal("183612.73"), r.subtotal());

        assertEquals(new BigDecimal("183612.73"), r.rules().get(0).base());
        assertEquals(new BigDecimal("12852.89"), r.rules().get(0).amount());
        assertEquals(new BigDecimal("183612.73"), r.rules().get(1).base(), "imprévus exclude FG from their base");
        assertEquals(new BigDecimal("18361.27"), r.rules().get(1).amount());
        assertEquals(new BigDecimal("214826.89"), r.total());

        assertEquals(new BigDecimal("164788.22"), r.spentInFrance());
        assertEquals(new BigDecimal("18824.51"), r.spentAbroad());
        assertEquals(new BigDecimal("164788.22"), r.taxCreditEligibleSpend());
        assertTrue(r.warnings().isEmpty(), "7 % FG is within the transparency cap");
    }

    /**
     * Sub-total 100 000.00 (one location line). FG at 8 % = 8 000.00 > 7 % of 100 000.00: warned. Producer fee at 6 %
     * with a cap of 5 500.00: 6 000.00 is capped to 5 500.00, still 5.5 % > 5 %: warned. Imprévus 10 % including FG
     * (not excluded): (100 000.00 + 8 000.00 + 5 500.00) x 0.10 = 11 350.00. Total 100 000 + 8 000 + 5 500 + 11 350
     * = 124 850.00.
     */
    @Test
    void overheadsAndProducerFeeAboveTheTransparencyCapsAreWarnedNotRefused() {
        Rule fg = new Rule("FG", RuleKind.FRAIS_GENERAUX, new BigDecimal("0.08"), Set.of(), Set.of(), null);
        Rule fee = new Rule("PROD", RuleKind.PRODUCER_FEE, new BigDecimal("0.06"), Set.of(), Set.of("FG"),
                new BigDecimal("5500.00"));
        Rule imp = new Rule("IMP", RuleKind.IMPREVUS, new BigDecimal("0.10"), Set.of(), Set.of(), null);
        Result r = DevisCalculator.compute(ACCOUNTS, List.of(eur("52", "1", "100000.00", FringeCategory.NONE)),
                List.of(fg, fee, imp), FRINGES, "EUR");
        assertEquals(new BigDecimal("8000.00"), r.rules().get(0).amount());
        assertEquals(new BigDecimal("5500.00"), r.rules().get(1).amount());
        assertTrue(r.rules().get(1).capped());
        assertFalse(r.rules().get(0).capped());
        assertEquals(new BigDecimal("113500.00"), r.rules().get(2).base());
        assertEquals(new BigDecimal("11350.00"), r.rules().get(2).amount());
        assertEquals(new BigDecimal("124850.00"), r.total());
        assertEquals(List.of("frais-generaux-above-transparency-cap", "producer-fee-above-transparency-cap"),
                r.warnings().stream().map(DevisCalculator.Warning::code).toList());
        assertEquals(new BigDecimal("0.080000"), r.warnings().get(0).share());
        assertEquals(new BigDecimal("0.055000"), r.warnings().get(1).share());
    }

    /**
     * Accord du 16/12/2010 (arrêté du 7/2/2011), art. 2, 11 and 12: FG at most 7%, producer fee at most 5% of the film
     * cost; the caps are compared with the rules as rates. Sub-total 100 000.10: FG 7% = 7 000.007, shown 7 000.01
     * (half-up), half a cent above 7% of the cost, but at exactly 7%: no warning. The producer fee at 5% of the same
     * base (FG excluded) = 5 000.005, shown 5 000.01: exactly 5%, no warning.
     */
    @Test
    void rulesAtExactlyTheirTransparencyCapAreNotWarnedWhenTheirAmountRoundsUp() {
        Rule fg = new Rule("FG", RuleKind.FRAIS_GENERAUX, new BigDecimal("0.07"), Set.of(), Set.of(), null);
        Rule fee = new Rule("PROD", RuleKind.PRODUCER_FEE, new BigDecimal("0.05"), Set.of(), Set.of("FG"), null);
        Result r = DevisCalculator.compute(ACCOUNTS, List.of(eur("52", "1", "100000.10", FringeCategory.NONE)),
                List.of(fg, fee), FRINGES, "EUR");
        assertEquals(new BigDecimal("7000.01"), r.rules().get(0).amount());
        assertEquals(new BigDecimal("5000.01"), r.rules().get(1).amount());
        assertTrue(r.warnings().isEmpty(), "at exactly the caps: " + r.warnings());
    }

    /**
     * Just above the caps. FG at 7.0001% of 100 000.00 = 7 000.10: 0.070001 > 0.07, warned. The producer fee at 5% of a
     * base that keeps the FG (100 000.00 + 7 000.10 = 107 000.10): 5 350.005 -> 5 350.01, that is 5 350.005 / 100 000.00
     * = 0.05350005 of the film cost, shown rounded up: 0.053501 > 0.05, warned.
     */
    @Test
    void rulesJustAboveTheirTransparencyCapAreWarnedWithTheirShareRoundedUp() {
        Rule fg = new Rule("FG", RuleKind.FRAIS_GENERAUX, new BigDecimal("0.070001"), Set.of(), Set.of(), null);
        Rule fee = new Rule("PROD", RuleKind.PRODUCER_FEE, new BigDecimal("0.05"), Set.of(), Set.of(), null);
        Result r = DevisCalculator.compute(ACCOUNTS, List.of(eur("52", "1", "100000.00", FringeCategory.NONE)),
                List.of(fg, fee), FRINGES, "EUR");
        assertEquals(new BigDecimal("7000.10"), r.rules().get(0).amount());
        assertEquals(new BigDecimal("5350.01"), r.rules().get(1).amount());
        assertEquals(List.of("frais-generaux-above-transparency-cap", "producer-fee-above-transparency-cap"),
                r.warnings().stream().map(DevisCalculator.Warning::code).toList());
        assertEquals(new BigDecimal("0.070001"), r.warnings().get(0).share());
        assertEquals(new BigDecimal("0.053501"), r.warnings().get(1).share());
    }

    /**
     * An amount cap that brings a rule to exactly its transparency cap: producer fee 6% of 100 000.00 = 6 000.00,
     * capped at 5 000.00 = exactly 5%: no warning. Finance costs (art. 13, at most 5% of the cost with FG and fee):
     * 5% of 100 000.00 + 7 000.00 + 5 000.00 = 112 000.00 is 5 600.00, exactly at the cap: no warning.
     */
    @Test
    void anAmountCapAtExactlyTheTransparencyCapIsNotWarned() {
        Rule fg = new Rule("FG", RuleKind.FRAIS_GENERAUX, new BigDecimal("0.07"), Set.of(), Set.of(), null);
        Rule fee = new Rule("PROD", RuleKind.PRODUCER_FEE, new BigDecimal("0.06"), Set.of(), Set.of("FG"), new BigDecimal("5000.00"));
        Rule ff = new Rule("FF", RuleKind.FRAIS_FINANCIERS, new BigDecimal("0.05"), Set.of(), Set.of(), null);
        Result r = DevisCalculator.compute(ACCOUNTS, List.of(eur("52", "1", "100000.00", FringeCategory.NONE)),
                List.of(fg, fee, ff), FRINGES, "EUR");
        assertTrue(r.rules().get(1).capped());
        assertEquals(new BigDecimal("5600.00"), r.rules().get(2).amount());
        assertTrue(r.warnings().isEmpty(), "at exactly the caps: " + r.warnings());
    }

    /** A rule limited to chapters 2 and 3: 20 000.00 + 10 000.00 = 30 000.00 x 0.05 = 1 500.00; chapter 5 is left out. */
    @Test
    void ruleBaseCanBeLimitedToSomeChapters() {
        Rule r = new Rule("X", RuleKind.OTHER, new BigDecimal("0.05"), Set.of("2", "3"), Set.of(), null);
        Result result = DevisCalculator.compute(ACCOUNTS, List.of(eur("2201", "1", "20000.00", FringeCategory.NONE),
                eur("31", "1", "10000.00", FringeCategory.NONE), eur("52", "1", "99999.99", FringeCategory.NONE)),
                List.of(r), FRINGES, "EUR");
        assertEquals(new BigDecimal("30000.00"), result.rules().get(0).base());
        assertEquals(new BigDecimal("1500.00"), result.rules().get(0).amount());
        assertEquals(new BigDecimal("131499.99"), result.total());
    }

    @Test
    void nonEligibleChapterSpendInFranceIsNotTaxCreditSpend() {
        Result r = DevisCalculator.compute(ACCOUNTS, List.of(eur("91", "1", "4200.00", FringeCategory.NONE),
                eur("52", "1", "800.00", FringeCategory.NONE)), List.of(), FRINGES, "EUR");
        assertEquals(new BigDecimal("5000.00"), r.spentInFrance());
        assertEquals(new BigDecimal("800.00"), r.taxCreditEligibleSpend());
    }

    @Test
    void unknownAccountIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> DevisCalculator.compute(ACCOUNTS,
                List.of(eur("999", "1", "1.00", FringeCategory.NONE)), List.of(), FRINGES, "EUR"));
    }

    static Account chapter(String code) {
        return new Account(code, null, code, 1, null, true);
    }

    static Account account(String code, String parent, FringeCategory posts, boolean eligible) {
        return new Account(code, parent, code.substring(0, 1), code.length() == 2 ? 2 : 3, posts, eligible);
    }

    static Line eur(String account, String quantity, String rate, FringeCategory category) {
        return new Line(UUID.randomUUID(), account, new BigDecimal(quantity), new BigDecimal(rate), "EUR", BigDecimal.ONE,
                true, category);
    }
}
