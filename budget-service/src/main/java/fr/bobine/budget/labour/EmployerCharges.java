package fr.bobine.budget.labour;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Employer charges of a crew contract and of its approved weeks. crew-service estimates the employer cost of a
 * contract (gross + employer contributions + allowances, crew.contract.signed v1); the charges are what is left once
 * the gross and the allowances are taken out. A week carries only its gross: its charges follow the contract's own
 * ratio (charges / gross), rounded half-even at the cent so that many weeks do not drift one way.
 */
public final class EmployerCharges {

    private EmployerCharges() {
    }

    /** employerCostEstimate − committedGross − allowancesEstimate; never negative (a negative one is a bad estimate). */
    public static BigDecimal ofContract(BigDecimal gross, BigDecimal allowances, BigDecimal employerCost) {
        BigDecimal charges = employerCost.subtract(gross).subtract(allowances).setScale(2, RoundingMode.UNNECESSARY);
        if (charges.signum() < 0) {
            throw new IllegalArgumentException("the employer cost " + employerCost.toPlainString()
                    + " is below the gross plus allowances " + gross.add(allowances).toPlainString());
        }
        return charges;
    }

    /** weekGross × contractCharges / contractGross, half-even at the cent; zero when the contract has no gross. */
    public static BigDecimal ofWeek(BigDecimal weekGross, BigDecimal contractCharges, BigDecimal contractGross) {
        if (contractGross.signum() == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return weekGross.multiply(contractCharges).divide(contractGross, 2, RoundingMode.HALF_EVEN);
    }
}
