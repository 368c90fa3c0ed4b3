package fr.bobine.rights.waterfall;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One node of the waterfall that may take money for its {@code holder}. Parameters a kind does not use stay null.
 * Rates are fractions (0.25 = 25%); amounts are in the waterfall's currency. {@code share} is used only as a member of
 * a pari passu group; {@code next} receives what this position does not take (members of a group have none).
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
        String next) {
}
