package fr.bobine.crew.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.bobine.crew.grid.Agreement;
import fr.bobine.crew.grid.Engagement;
import fr.bobine.platform.money.Money;

class ContractCostTest {

    /**
     * Weekly 1 400.00, 1 March to 11 April 2027 = 42 days = 6 weeks: gross 8 400.00.
     * Employer rates 0.62: 8 400.00 × 0.62 = 5 208.00. Meals 18.19 × 30 worked days = 545.70; kit 35.00 × 6 weeks = 210.00.
     * Employer cost = 8 400.00 + 5 208.00 + 545.70 + 210.00 = 14 363.70.
     */
    @Test
    void weeklyContractOfSixWeeks() {
        var estimate = ContractCost.estimate(Engagement.WEEKLY, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 4, 11),
                new BigDecimal("1400.00"), List.of(
                        new Allowance(AllowanceKind.MEAL, Money.eur("18.19"), AllowanceBasis.PER_WORKED_DAY),
                        new Allowance(AllowanceKind.KIT_RENTAL, Money.eur("35.00"), AllowanceBasis.PER_WEEK)),
                new BigDecimal("0.620000"));
        assertEquals(new BigDecimal("8400.00"), estimate.committedGross());
        assertEquals(new BigDecimal("5208.00"), estimate.employerContributions());
        assertEquals(new BigDecimal("755.70"), estimate.allowances());
        assertEquals(new BigDecimal("14363.70"), estimate.employerCost());
    }

    /** Daily 224.88 for 3 days: 674.64; contributions 674.64 × 0.155 = 104.5692 -> 104.57; cost 779.21. */
    @Test
    void dailyContractOfThreeDaysRoundsContributionsOnce() {
        var estimate = ContractCost.estimate(Engagement.DAILY, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 3),
                new BigDecimal("224.88"), List.of(), new BigDecimal("0.155"));
        assertEquals(new BigDecimal("674.64"), estimate.committedGross());
        assertEquals(new BigDecimal("104.57"), estimate.employerContributions());
        assertEquals(new BigDecimal("779.21"), estimate.employerCost());
        assertEquals(2, ContractCost.weeks(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 9)));
    }

    static final List<Allowance> MEALS = List.of(new Allowance(AllowanceKind.MEAL, Money.eur("18.19"), AllowanceBasis.PER_WORKED_DAY));

    /**
     * The contract above (1 400.00, meals 18.19, 6 weeks from Monday 1 March 2027) amended from Monday 15 March at
     * 1 500.00: weeks of 1 and 8 March at 1 400.00 = 2 800.00, weeks of 15, 22, 29 March and 5 April at 1 500.00 =
     * 6 000.00; gross 8 800.00. Contributions 8 800.00 × 0.62 = 5 456.00; meals 30 × 18.19 = 545.70; cost 14 801.70.
     * Extended to 18 April as well (7 weeks): 2 800.00 + 5 × 1 500.00 = 10 300.00; 6 386.00; 35 × 18.19 = 636.65;
     * cost 17 322.65.
     */
    @Test
    void anAmendedContractIsPaidEachWeekAtTheRateOfTheVersionInForce() {
        List<ContractCost.Terms> versions = List.of(new ContractCost.Terms(LocalDate.of(2027, 3, 1), new BigDecimal("1400.00"), MEALS),
                new ContractCost.Terms(LocalDate.of(2027, 3, 15), new BigDecimal("1500.00"), MEALS));
        var amended = ContractCost.estimate(Engagement.WEEKLY, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 4, 11), versions,
                new BigDecimal("0.620000"));
        assertEquals(new BigDecimal("8800.00"), amended.committedGross());
        assertEquals(new BigDecimal("5456.00"), amended.employerContributions());
        assertEquals(new BigDecimal("545.70"), amended.allowances());
        assertEquals(new BigDecimal("14801.70"), amended.employerCost());
        var extended = ContractCost.estimate(Engagement.WEEKLY, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 4, 18), versions,
                new BigDecimal("0.620000"));
        assertEquals(new BigDecimal("10300.00"), extended.committedGross());
        assertEquals(new BigDecimal("17322.65"), extended.employerCost());
    }

    /**
     * From Wednesday 17 March: the contract week of 15 March started before, it keeps 1 400.00; 3 × 1 400.00 +
     * 3 × 1 500.00 = 8 700.00. New allowances from 15 March, meals at 20.00 and a flat kit of 100.00: meals 10 × 18.19
     * + 20 × 20.00 = 181.90 + 400.00, kit once (the version in force on the last day) = 681.90.
     */
    @Test
    void aWeekKeepsTheVersionInForceOnItsFirstDayAndFlatAllowancesAreDueOnce() {
        var midWeek = ContractCost.estimate(Engagement.WEEKLY, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 4, 11),
                List.of(new ContractCost.Terms(LocalDate.of(2027, 3, 1), new BigDecimal("1400.00"), MEALS),
                        new ContractCost.Terms(LocalDate.of(2027, 3, 17), new BigDecimal("1500.00"), MEALS)),
                BigDecimal.ZERO);
        assertEquals(new BigDecimal("8700.00"), midWeek.committedGross());
        var newAllowances = ContractCost.estimate(Engagement.WEEKLY, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 4, 11),
                List.of(new ContractCost.Terms(LocalDate.of(2027, 3, 1), new BigDecimal("1400.00"), MEALS),
                        new ContractCost.Terms(LocalDate.of(2027, 3, 15), new BigDecimal("1400.00"), List.of(
                                new Allowance(AllowanceKind.MEAL, Money.eur("20.00"), AllowanceBasis.PER_WORKED_DAY),
                                new Allowance(AllowanceKind.KIT_RENTAL, Money.eur("100.00"), AllowanceBasis.FLAT)))),
                BigDecimal.ZERO);
        assertEquals(new BigDecimal("681.90"), newAllowances.allowances());
    }

    @Test
    void mandatoryMentionsNameWhatIsMissing() {
        ContractTerms complete = new ContractTerms(Agreement.IDCC_3097, "La Nuit du Phare", "Chef électricien", false,
                Engagement.WEEKLY, 39, LocalDate.of(2027, 3, 1), LocalTime.of(8, 0), LocalDate.of(2027, 4, 11),
                new BigDecimal("1400.00"), "22-105", List.of());
        assertTrue(MandatoryMentions.missing(complete).isEmpty());
        ContractTerms incomplete = new ContractTerms(Agreement.IDCC_3097, null, "Chef électricien", false, Engagement.WEEKLY,
                null, LocalDate.of(2027, 3, 1), LocalTime.of(8, 0), null, new BigDecimal("1400.00"), " ", List.of());
        assertEquals(List.of("productionId", "endDate", "weeklyHours", "budgetLineCode"),
                MandatoryMentions.missing(incomplete).stream().map(e -> e.field()).toList());
    }
}
