package fr.bobine.budget.labour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class EmployerChargesTest {

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void contractChargesAreTheEmployerCostLessGrossAndAllowances() {
        // 27 960.00 − 18 000.00 − 600.00 = 9 360.00 (52 % of the gross, the intermittent planning rate)
        assertEquals(d("9360.00"), EmployerCharges.ofContract(d("18000.00"), d("600.00"), d("27960.00")));
    }

    @Test
    void contractWithoutChargesHasZero() {
        assertEquals(d("0.00"), EmployerCharges.ofContract(d("18000.00"), d("0.00"), d("18000.00")));
    }

    @Test
    void employerCostBelowGrossAndAllowancesIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> EmployerCharges.ofContract(d("18000.00"), d("600.00"), d("18500.00")));
    }

    @Test
    void weekChargesFollowTheContractRatio() {
        // 2 000.00 × 9 360.00 / 18 000.00 = 1 040.00
        assertEquals(d("1040.00"), EmployerCharges.ofWeek(d("2000.00"), d("9360.00"), d("18000.00")));
        // 512.34 × 9 360.00 / 18 000.00 = 266.4168 → 266.42
        assertEquals(d("266.42"), EmployerCharges.ofWeek(d("512.34"), d("9360.00"), d("18000.00")));
    }

    @Test
    void weekChargesRoundHalfEvenAtTheCent() {
        // ratio 100.00 / 200.00 = 0.5: 1 234.57 × 0.5 = 617.285 → 617.28 (the 8 is even; half-up would give 617.29)
        assertEquals(d("617.28"), EmployerCharges.ofWeek(d("1234.57"), d("100.00"), d("200.00")));
        // 1 234.59 × 0.5 = 617.295 → 617.30 (the 9 is odd: up to the even 0)
        assertEquals(d("617.30"), EmployerCharges.ofWeek(d("1234.59"), d("100.00"), d("200.00")));
    }

    @Test
    void weekOfAContractWithoutGrossHasNoCharges() {
        assertEquals(d("0.00"), EmployerCharges.ofWeek(d("500.00"), d("0.00"), d("0.00")));
    }
}
