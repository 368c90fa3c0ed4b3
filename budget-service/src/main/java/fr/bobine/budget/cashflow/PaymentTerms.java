package fr.bobine.budget.cashflow;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * When the production pays, from its cash-flow settings. The payroll rules are uncertain (no source was found for
 * them, shared/domain/budget.md §3.2), so each is a setting: salaries are paid {@code salaryDaysAfterWeek} days after
 * the Sunday that ends the week worked; employer contributions on day {@code contributionsDay} of the month
 * {@code contributionsMonthsLater} after the month the salary was paid in (DSN practice: the 15th of the next month);
 * rights statements {@code statementPaymentDays} after their issue; open orders carry VAT at {@code vatRate}
 * (a fraction: 0.2 is 20 %).
 */
public record PaymentTerms(BigDecimal vatRate, int salaryDaysAfterWeek, int contributionsDay,
        int contributionsMonthsLater, int statementPaymentDays) {

    public static final PaymentTerms DEFAULTS = new PaymentTerms(new BigDecimal("0.2"), 5, 15, 1, 30);

    public LocalDate salaryPaidOn(LocalDate dayOfWeekWorked) {
        return CashFlowCalculator.weekOf(dayOfWeekWorked).plusDays(6L + salaryDaysAfterWeek);
    }

    public LocalDate contributionsPaidOn(LocalDate salaryPaidOn) {
        return salaryPaidOn.plusMonths(contributionsMonthsLater).withDayOfMonth(contributionsDay);
    }

    public LocalDate statementPaidOn(LocalDate issuedOn) {
        return issuedOn.plusDays(statementPaymentDays);
    }

    /** net + VAT at the production's rate, the VAT rounded half-up at the cent. */
    public BigDecimal withVat(BigDecimal net) {
        return net.add(net.multiply(vatRate).setScale(2, RoundingMode.HALF_UP));
    }

    /**
     * {@code amount} split into {@code parts} equal parts at the cent that add up to it exactly (largest remainder:
     * the cents left over go to the first parts).
     */
    public static List<BigDecimal> split(BigDecimal amount, int parts) {
        if (parts < 1) {
            throw new IllegalArgumentException("parts must be at least 1");
        }
        long cents = amount.movePointRight(2).longValueExact();
        long each = cents / parts;
        long left = cents - each * parts;
        List<BigDecimal> out = new ArrayList<>(parts);
        for (int i = 0; i < parts; i++) {
            out.add(BigDecimal.valueOf(each + (i < left ? 1 : 0), 2));
        }
        return out;
    }
}
