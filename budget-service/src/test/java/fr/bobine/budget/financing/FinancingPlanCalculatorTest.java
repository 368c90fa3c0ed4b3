package fr.bobine.budget.financing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.bobine.budget.financing.FinancingPlanCalculator.Result;
import fr.bobine.budget.financing.FinancingPlanCalculator.Source;

class FinancingPlanCalculatorTest {

    static final List<Source> SOURCES = List.of(
            new Source(FinancingKind.PRODUCER_CONTRIBUTION, FinancingStatus.CONFIRMED, false, new BigDecimal("20000.00")),
            new Source(FinancingKind.REGIONAL_AID, FinancingStatus.REQUESTED, true, new BigDecimal("40000.00")),
            new Source(FinancingKind.TAX_CREDIT, FinancingStatus.PLANNED, true, new BigDecimal("30000.00")),
            new Source(FinancingKind.TV_PRESALE, FinancingStatus.CONFIRMED, false, new BigDecimal("20000.00")));

    /**
     * Locked budget 117 000.00 (100 000.00 of eligible French spend + FG 7 000.00 + imprévus 10 000.00).
     * Plan: 20 000 + 40 000 + 30 000 + 20 000 = 110 000.00; gap 117 000 - 110 000 = 7 000.00.
     * Public aid: regional 40 000 + tax credit 30 000 = 70 000.00; 70 000 / 117 000 = 0.598290598 -> 0.598291 > 0.50.
     * Tax credit: 100 000.00 x 0.30 = 30 000.00, under the 30 M cap; the plan's 30 000.00 matches it.
     */
    @Test
    void planShortOfTheLockedBudgetWithPublicAidAboveHalfIsWarned() {
        Result r = FinancingPlanCalculator.compute(SOURCES, new BigDecimal("117000.00"), new BigDecimal("100000.00"),
                new BigDecimal("0.30"), new BigDecimal("30000000.00"), false);
        assertEquals(new BigDecimal("110000.00"), r.total());
        assertEquals(new BigDecimal("40000.00"), r.byStatus().get(FinancingStatus.CONFIRMED));
        assertEquals(new BigDecimal("7000.00"), r.gap());
        assertEquals(new BigDecimal("70000.00"), r.publicAid());
        assertEquals(new BigDecimal("0.598291"), r.publicAidShare());
        assertEquals(new BigDecimal("30000.00"), r.taxCreditEstimate());
        assertEquals(List.of("financing-gap", "public-aid-above-ceiling"), r.warnings().stream().map(w -> w.code()).toList());
    }

    /** The same plan for a difficult work: 0.598291 is under the 60 % ceiling, only the gap remains. */
    @Test
    void difficultWorkHasASixtyPercentCeiling() {
        Result r = FinancingPlanCalculator.compute(SOURCES, new BigDecimal("117000.00"), new BigDecimal("100000.00"),
                new BigDecimal("0.30"), null, true);
        assertEquals(new BigDecimal("0.60"), r.publicAidCeiling());
        assertEquals(List.of("financing-gap"), r.warnings().stream().map(w -> w.code()).toList());
    }

    /** Eligible 150 000 000.00 x 0.30 = 45 000 000.00, capped at 30 000 000.00; plan 100 000.00 over budget 90 000.00. */
    @Test
    void taxCreditIsCappedAndSurplusIsReported() {
        Result r = FinancingPlanCalculator.compute(List.of(new Source(FinancingKind.OTHER, FinancingStatus.RECEIVED, false,
                new BigDecimal("100000.00"))), new BigDecimal("90000.00"), new BigDecimal("150000000.00"),
                new BigDecimal("0.30"), new BigDecimal("30000000.00"), false);
        assertEquals(new BigDecimal("30000000.00"), r.taxCreditEstimate());
        assertEquals(new BigDecimal("-10000.00"), r.gap());
        assertEquals(List.of("financing-surplus"), r.warnings().stream().map(w -> w.code()).toList());
    }

    @Test
    void withoutLockedBudgetThereIsNoGapNorShare() {
        Result r = FinancingPlanCalculator.compute(SOURCES, null, null, new BigDecimal("0.30"), null, false);
        assertNull(r.gap());
        assertNull(r.publicAidShare());
        assertNull(r.taxCreditEstimate());
        assertEquals(List.of("no-locked-budget"), r.warnings().stream().map(w -> w.code()).toList());
    }
}
