package fr.bobine.rights.waterfall;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One node of the waterfall that may take money for its {@code holder}. Parameters a kind does not use stay null.
 * Rates are fractions (0.25 = 25%); amounts are in the waterfall's currency. {@code share} is used only as a member of
 * a pari passu group; {@code next} receives what this position does not take (members of a group have none).
 * {@code interestBase} chooses what an INVESTMENT's interest runs on (null: the amount invested); {@code rnppDefinition}
 * and {@code countsFinancing} say which RNPP an AUTHOR_RNPP position's rate applies to (null: the cinema protocol of
 * 2010, and that definition's rule for financing). {@code contractId}, on an MG_RECOUPMENT position only, names the
 * distribution contract whose minimum guarantee it recoups: an amendment of that MG (distribution.contract.amended)
 * sets its {@code amount} (see {@link MgAmendment}).
 */
public record Position(
        String id,
        String holder,
        PositionKind kind,
        BigDecimal rate,
        BigDecimal amount,
        BigDecimal cap,
        List<Expense> expenses,
        BigDecimal premium,
        BigDecimal interestRate,
        InterestMode interestMode,
        LocalDate investedOn,
        BigDecimal authorsCommissionCap,
        BigDecimal share,
        Condition condition,
        String next,
        InterestBase interestBase,
        RnppDefinition rnppDefinition,
        Boolean countsFinancing,
        UUID contractId) {

    /** A position with the defaults of the last three parameters. */
    public Position(String id, String holder, PositionKind kind, BigDecimal rate, BigDecimal amount, BigDecimal cap,
            List<Expense> expenses, BigDecimal premium, BigDecimal interestRate, InterestMode interestMode, LocalDate investedOn,
            BigDecimal authorsCommissionCap, BigDecimal share, Condition condition, String next) {
        this(id, holder, kind, rate, amount, cap, expenses, premium, interestRate, interestMode, investedOn, authorsCommissionCap,
                share, condition, next, null, null, null, null);
    }

    /** A position with no distribution contract named. */
    public Position(String id, String holder, PositionKind kind, BigDecimal rate, BigDecimal amount, BigDecimal cap,
            List<Expense> expenses, BigDecimal premium, BigDecimal interestRate, InterestMode interestMode, LocalDate investedOn,
            BigDecimal authorsCommissionCap, BigDecimal share, Condition condition, String next, InterestBase interestBase,
            RnppDefinition rnppDefinition, Boolean countsFinancing) {
        this(id, holder, kind, rate, amount, cap, expenses, premium, interestRate, interestMode, investedOn, authorsCommissionCap,
                share, condition, next, interestBase, rnppDefinition, countsFinancing, null);
    }

    /** The same position recouping {@code newAmount} instead of its amount. */
    public Position withAmount(BigDecimal newAmount) {
        return new Position(id, holder, kind, rate, newAmount, cap, expenses, premium, interestRate, interestMode, investedOn,
                authorsCommissionCap, share, condition, next, interestBase, rnppDefinition, countsFinancing, contractId);
    }

    /** The RNPP definition of an AUTHOR_RNPP position, the 2010 cinema protocol when none is named. */
    public RnppDefinition rnpp() {
        return rnppDefinition == null ? RnppDefinition.CINEMA_2010 : rnppDefinition;
    }

    /** Whether this author's base counts an MG or pre-sale of the final financing plan. */
    public boolean countsFinancingOrDefault() {
        return countsFinancing != null ? countsFinancing : rnpp().countsFinancing();
    }

    public boolean interestOnOutstanding() {
        return interestBase == InterestBase.OUTSTANDING;
    }
}
