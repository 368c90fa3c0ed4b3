package fr.bobine.crew.timesheet.rules;

import java.math.BigDecimal;

/**
 * The hours an agreement guarantees to pay, as the rules read them from the dated reference data: per week of a weekly
 * engagement (the agreement's {@code weeklyHours}, and/or the contract's own weekly reference duration when
 * {@code contractWeeklyHours}), per week of six worked days outside the Paris region ({@code sixDayWeekHours}) and per
 * worked day of a day engagement ({@code dailyHours}). A null figure guarantees nothing.
 */
public record GuaranteedHours(BigDecimal weeklyHours, boolean contractWeeklyHours, BigDecimal sixDayWeekHours,
        BigDecimal dailyHours) {

    public static final GuaranteedHours NONE = new GuaranteedHours(null, false, null, null);

    /** The weekly hours guaranteed to a contract of {@code contractHours} a week: the greater of the two that apply. */
    public BigDecimal weeklyHoursFor(Integer contractHours) {
        BigDecimal contract = contractWeeklyHours && contractHours != null ? BigDecimal.valueOf(contractHours) : null;
        if (weeklyHours == null) {
            return contract;
        }
        return contract == null ? weeklyHours : weeklyHours.max(contract);
    }
}
