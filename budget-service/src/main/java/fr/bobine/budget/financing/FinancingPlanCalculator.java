package fr.bobine.budget.financing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The financing plan against the locked budget: total and gap (or surplus), public aid share against its ceiling,
 * and the tax credit estimate.
 * Sources: public-aid ceiling 50 % of the cost, 60 % for difficult or low-budget works, tax credits included
 * (CGI 220 sexies; CNC RGA); tax credit = eligible French spend x the scheme's rate, capped (CGI 220 sexies).
 */
public final class FinancingPlanCalculator {

    public static final BigDecimal PUBLIC_AID_CEILING = new BigDecimal("0.50");
    public static final BigDecimal PUBLIC_AID_CEILING_DIFFICULT = new BigDecimal("0.60");

    public record Source(FinancingKind kind, FinancingStatus status, boolean publicAid, BigDecimal amount) {
    }

    public record Warning(String code, String message) {
    }

    public record Result(BigDecimal total, Map<FinancingStatus, BigDecimal> byStatus, BigDecimal publicAid,
            BigDecimal budgetTotal, BigDecimal gap, BigDecimal publicAidShare, BigDecimal publicAidCeiling,
            BigDecimal taxCreditEstimate, BigDecimal taxCreditInPlan, List<Warning> warnings) {
    }

    private FinancingPlanCalculator() {
    }

    /**
     * @param budgetTotal the locked budget's total, or null when no version is locked yet
     * @param eligibleSpend the locked budget's tax-credit eligible French spend (null without a locked budget)
     * @param taxCreditRate the scheme's rate on the plan date (null when no rate is in force)
     * @param taxCreditCap the scheme's cap (null: none)
     */
    public static Result compute(List<Source> sources, BigDecimal budgetTotal, BigDecimal eligibleSpend,
            BigDecimal taxCreditRate, BigDecimal taxCreditCap, boolean difficultOrLowBudget) {
        BigDecimal zero = new BigDecimal("0.00");
        BigDecimal total = zero;
        BigDecimal publicAid = zero;
        BigDecimal taxCreditInPlan = zero;
        Map<FinancingStatus, BigDecimal> byStatus = new EnumMap<>(FinancingStatus.class);
        for (FinancingStatus s : FinancingStatus.values()) {
            byStatus.put(s, zero);
        }
        for (Source s : sources) {
            total = total.add(s.amount());
            byStatus.merge(s.status(), s.amount(), BigDecimal::add);
            if (s.publicAid()) {
                publicAid = publicAid.add(s.amount());
            }
            if (s.kind() == FinancingKind.TAX_CREDIT) {
                taxCreditInPlan = taxCreditInPlan.add(s.amount());
            }
        }
        BigDecimal ceiling = difficultOrLowBudget ? PUBLIC_AID_CEILING_DIFFICULT : PUBLIC_AID_CEILING;
        List<Warning> warnings = new ArrayList<>();
        BigDecimal gap = null;
        BigDecimal share = null;
        if (budgetTotal == null) {
            warnings.add(new Warning("no-locked-budget", "no budget version is approved yet: the plan has nothing to balance against"));
        } else {
            gap = budgetTotal.subtract(total);
            if (gap.signum() > 0) {
                warnings.add(new Warning("financing-gap", "the plan is short of the locked budget by " + gap.toPlainString()));
            } else if (gap.signum() < 0) {
                warnings.add(new Warning("financing-surplus", "the plan exceeds the locked budget by " + gap.negate().toPlainString()));
            }
            if (budgetTotal.signum() > 0) {
                share = publicAid.divide(budgetTotal, 6, RoundingMode.HALF_UP);
                if (publicAid.compareTo(budgetTotal.multiply(ceiling)) > 0) {
                    warnings.add(new Warning("public-aid-above-ceiling", "public aid is " + percent(share) + " of the budget, above the "
                            + percent(ceiling) + " ceiling" + (difficultOrLowBudget ? " for difficult or low-budget works" : "")));
                }
            }
        }
        BigDecimal estimate = null;
        if (eligibleSpend != null && taxCreditRate != null) {
            estimate = eligibleSpend.multiply(taxCreditRate).setScale(2, RoundingMode.HALF_UP);
            if (taxCreditCap != null && estimate.compareTo(taxCreditCap) > 0) {
                estimate = taxCreditCap.setScale(2, RoundingMode.HALF_UP);
            }
            if (taxCreditInPlan.compareTo(estimate) > 0) {
                warnings.add(new Warning("tax-credit-above-estimate", "the plan counts " + taxCreditInPlan.toPlainString()
                        + " of tax credit, more than the estimate of " + estimate.toPlainString()));
            }
        }
        return new Result(total, byStatus, publicAid, budgetTotal, gap, share, ceiling, estimate, taxCreditInPlan, warnings);
    }

    private static String percent(BigDecimal share) {
        return share.multiply(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + " %";
    }
}
