package fr.bobine.crew.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * C. trav. L3243-4: "L'employeur conserve un double des bulletins de paie des salariés [...] pendant cinq ans";
 * R1221-26: the staff register keeps a leaver's entry 5 years from the day they leave. C. proc. civ. art. 641: a period
 * in years ends on the day of the last year with the same number, or the month's last day when there is none.
 */
class PayrollRetentionTest {

    /** Last payroll record 30 April 2027, 5 years: kept until 30 April 2032; not over that day, over on 1 May 2032. */
    @Test
    void recordsAreKeptFiveYearsToTheDay() {
        LocalDate last = LocalDate.of(2027, 4, 30);
        assertEquals(LocalDate.of(2032, 4, 30), PayrollRetention.lastDay(last, 5));
        assertFalse(PayrollRetention.over(last, 5, LocalDate.of(2032, 4, 29)), "the day before the last day");
        assertFalse(PayrollRetention.over(last, 5, LocalDate.of(2032, 4, 30)), "the last day itself");
        assertTrue(PayrollRetention.over(last, 5, LocalDate.of(2032, 5, 1)), "the day after");
    }

    /** 29 February 2028 + 5 years: 2033 has no 29 February, the period ends on the 28th (art. 641 al. 2). */
    @Test
    void aPeriodFromTheTwentyNinthOfFebruaryEndsOnTheMonthsLastDay() {
        assertEquals(LocalDate.of(2033, 2, 28), PayrollRetention.lastDay(LocalDate.of(2028, 2, 29), 5));
        assertTrue(PayrollRetention.over(LocalDate.of(2028, 2, 29), 5, LocalDate.of(2033, 3, 1)));
        assertFalse(PayrollRetention.over(LocalDate.of(2028, 2, 29), 5, LocalDate.of(2033, 2, 28)));
    }

    /** The period is data: with 6 years (a changed law), 30 April 2027 is kept until 30 April 2033. */
    @Test
    void theNumberOfYearsIsTheOneInForce() {
        assertEquals(LocalDate.of(2033, 4, 30), PayrollRetention.lastDay(LocalDate.of(2027, 4, 30), 6));
    }
}
