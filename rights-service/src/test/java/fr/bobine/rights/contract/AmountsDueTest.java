package fr.bobine.rights.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.bobine.platform.money.Money;

class AmountsDueTest {

    @Test
    void flatFeeInstalmentsThenTheMinimumGuaranteeAddUpToTheTotalDue() {
        // novelist: 15,000.00 at signature + 15,000.00 on the first day of shooting, MG 10,000.00 against 2.5 % of RNPP (0.025)
        Remuneration r = new Remuneration(List.of(new Instalment("1re moitié", Money.eur("15000.00"), PaymentTrigger.ON_SIGNATURE, null),
                new Instalment("2e moitié", Money.eur("15000.00"), PaymentTrigger.ON_START_OF_SHOOTING, null)), Money.eur("10000.00"),
                new BigDecimal("0.025"), null, null, List.of(new AdmissionBonus(500_000, Money.eur("5000.00"))));
        assertEquals(List.of(), AmountsDue.problems(r));
        List<AmountDue> due = AmountsDue.of(r);
        assertEquals(List.of("1re moitié", "2e moitié", "Minimum garanti (à-valoir)"), due.stream().map(AmountDue::label).toList());
        assertEquals(true, due.get(2).recoupable());
        // 15,000.00 + 15,000.00 + 10,000.00 = 40,000.00 (the admission bonus is contingent, not due at signature)
        assertEquals(Money.eur("40000.00"), AmountsDue.total(due, "EUR"));
    }

    @Test
    void inconsistentRemunerationIsExplainedFieldByField() {
        Remuneration r = new Remuneration(List.of(new Instalment("Prime", Money.eur("0.00"), PaymentTrigger.ON_DATE, null),
                new Instalment("Prime US", Money.of("100.00", "USD"), PaymentTrigger.ON_SIGNATURE, null)), Money.eur("1000.00"), null,
                new BigDecimal("1.2"), null, null);
        List<String> fields = AmountsDue.problems(r).stream().map(p -> p[0] + ": " + p[1]).toList();
        assertEquals(List.of("remuneration.flatFees[0].amount: must be positive",
                "remuneration.flatFees[0].dueOn: is required when the trigger is ON_DATE",
                "remuneration.flatFees[1].amount: must be in EUR like the other amounts",
                "remuneration.publicPriceRate: must be a fraction between 0 and 1 (0.025 is 2.5 %)"), fields);
    }

    @Test
    void aRateIsAFractionWithSixDecimalsAtMost() {
        // exactly 1 (100 %) and 0 hold; a seventh decimal and a negative rate do not
        assertEquals(List.of(), AmountsDue.problems(rates("1", "0")));
        assertEquals(List.of(), AmountsDue.problems(rates("0.025000", "0.000001")));
        assertEquals(List.of("remuneration.rnppRate: has more than 6 decimals"),
                AmountsDue.problems(rates("0.0250001", null)).stream().map(p -> p[0] + ": " + p[1]).toList());
        assertEquals(List.of("remuneration.publicPriceRate: must be a fraction between 0 and 1 (0.025 is 2.5 %)"),
                AmountsDue.problems(rates(null, "-0.01")).stream().map(p -> p[0] + ": " + p[1]).toList());
    }

    static Remuneration rates(String rnpp, String publicPrice) {
        return new Remuneration(List.of(), null, rnpp == null ? null : new BigDecimal(rnpp),
                publicPrice == null ? null : new BigDecimal(publicPrice), null, null);
    }
}
