package fr.bobine.budget.cashflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class PaymentTermsTest {

    static final PaymentTerms TERMS = PaymentTerms.DEFAULTS;

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void salaryIsPaidFiveDaysAfterTheSundayEndingTheWeekByDefault() {
        // a day of the week of Monday 5 April 2027: Sunday 11 April + 5 days = Friday 16 April
        assertEquals(LocalDate.of(2027, 4, 16), TERMS.salaryPaidOn(LocalDate.of(2027, 4, 7)));
        assertEquals(LocalDate.of(2027, 4, 16), TERMS.salaryPaidOn(LocalDate.of(2027, 4, 5)));
    }

    @Test
    void contributionsArePaidOnTheFifteenthOfTheFollowingMonth() {
        assertEquals(LocalDate.of(2027, 5, 15), TERMS.contributionsPaidOn(LocalDate.of(2027, 4, 16)));
        // the end of January: 28 February, then its 15th
        assertEquals(LocalDate.of(2027, 2, 15), TERMS.contributionsPaidOn(LocalDate.of(2027, 1, 31)));
        // December into the next year
        assertEquals(LocalDate.of(2028, 1, 15), TERMS.contributionsPaidOn(LocalDate.of(2027, 12, 3)));
    }

    @Test
    void payrollTermsAreSettingsNotConstants() {
        PaymentTerms terms = new PaymentTerms(d("20"), 0, 5, 0, 45);
        // Sunday 11 April + 0 days
        assertEquals(LocalDate.of(2027, 4, 11), terms.salaryPaidOn(LocalDate.of(2027, 4, 7)));
        // the 5th of the same month
        assertEquals(LocalDate.of(2027, 4, 5), terms.contributionsPaidOn(LocalDate.of(2027, 4, 11)));
        assertEquals(LocalDate.of(2027, 6, 14), terms.statementPaidOn(LocalDate.of(2027, 4, 30)));
    }

    @Test
    void statementsArePaidThirtyDaysAfterIssueByDefault() {
        assertEquals(LocalDate.of(2027, 5, 30), TERMS.statementPaidOn(LocalDate.of(2027, 4, 30)));
    }

    @Test
    void openOrdersCarryVatAtTheSetRateRoundedHalfUp() {
        // 10 000.00 + 20 % = 12 000.00
        assertEquals(d("12000.00"), TERMS.withVat(d("10000.00")));
        // 333.33 × 20 % = 66.666 → 66.67; 333.33 + 66.67 = 400.00
        assertEquals(d("400.00"), TERMS.withVat(d("333.33")));
        // 333.33 × 5.5 % = 18.33315 → 18.33; 351.66
        assertEquals(d("351.66"), new PaymentTerms(d("0.055"), 5, 15, 1, 30).withVat(d("333.33")));
        // 0 %: the net
        assertEquals(d("250.00"), new PaymentTerms(d("0"), 5, 15, 1, 30).withVat(d("250.00")));
    }

    @Test
    void splitGivesEqualPartsAddingUpExactlyWithTheCentsFirst() {
        // 1 000.00 / 3 = 333.33 r 0.01: the first part takes the cent
        assertEquals(List.of(d("333.34"), d("333.33"), d("333.33")), PaymentTerms.split(d("1000.00"), 3));
        assertEquals(List.of(d("0.01"), d("0.01"), d("0.00")), PaymentTerms.split(d("0.02"), 3));
        // 9 360.00 over 8 weeks = 1 170.00 each
        assertEquals(List.of(d("1170.00"), d("1170.00"), d("1170.00"), d("1170.00"), d("1170.00"), d("1170.00"),
                d("1170.00"), d("1170.00")), PaymentTerms.split(d("9360.00"), 8));
        assertEquals(List.of(d("500.00")), PaymentTerms.split(d("500.00"), 1));
        assertThrows(IllegalArgumentException.class, () -> PaymentTerms.split(d("1.00"), 0));
    }
}
