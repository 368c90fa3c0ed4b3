package fr.bobine.budget.carbon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.bobine.budget.carbon.CarbonFootprint.Account;
import fr.bobine.budget.carbon.CarbonFootprint.Activity;
import fr.bobine.budget.carbon.CarbonFootprint.Factor;
import fr.bobine.budget.carbon.CarbonFootprint.Factors;
import fr.bobine.budget.carbon.CarbonFootprint.Input;
import fr.bobine.budget.carbon.CarbonFootprint.Result;
import fr.bobine.budget.carbon.CarbonFootprint.Spend;

class CarbonFootprintTest {

    static final Activity TGV = new Activity("TRAIN_HIGH_SPEED", CarbonCategory.TRAVEL, "passenger.km", "TGV", "TGV", 10);
    static final Activity SETS = new Activity("SPEND_SETS", CarbonCategory.SETS_AND_MATERIALS, "EUR", "Décors", "Sets", 410);
    static final Activity LODGING = new Activity("SPEND_ACCOMMODATION", CarbonCategory.ACCOMMODATION, "EUR", "Héb.", "Lodging", 190);
    static final LocalDate JAN_1 = LocalDate.of(2024, 1, 1);

    static Factor factor(Activity a, String value, LocalDate from) {
        return new Factor(UUID.randomUUID(), a.code(), new BigDecimal(value), from, "test source " + value);
    }

    static Input entered(Activity a, String quantity) {
        return new Input(CarbonOrigin.ENTERED, a, new BigDecimal(quantity), null, null, UUID.randomUUID());
    }

    @Test
    void aNewerFactorIsUsedFromItsValidFromDayAndNotTheDayBefore() {
        Factors factors = new Factors(List.of(factor(TGV, "0.002930", JAN_1), factor(TGV, "0.003000", LocalDate.of(2027, 3, 1))));
        assertEquals("0.002930", factors.inForce(TGV.code(), LocalDate.of(2027, 2, 28)).orElseThrow().kgCo2ePerUnit().toPlainString());
        assertEquals("0.003000", factors.inForce(TGV.code(), LocalDate.of(2027, 3, 1)).orElseThrow().kgCo2ePerUnit().toPlainString());
        // on the first day of the first factor it is in force; the day before, there is none
        assertTrue(factors.inForce(TGV.code(), JAN_1).isPresent());
        assertTrue(factors.inForce(TGV.code(), JAN_1.minusDays(1)).isEmpty());
    }

    @Test
    void eachLineIsRoundedOnceToTheGramHalfUpThenSummed() {
        Factors factors = new Factors(List.of(factor(TGV, "0.002930", JAN_1)));
        // 1 400 passenger.km x 0.002930 = 4.102000 kg; 0.171 x 0.002930 = 0.000501030 -> 0.001 kg (half-up at the gram);
        // 0.170 x 0.002930 = 0.000498100 -> 0.000 kg
        Result r = CarbonFootprint.compute(List.of(entered(TGV, "1400"), entered(TGV, "0.171"), entered(TGV, "0.170")),
                factors, JAN_1);
        assertEquals(List.of("4.102", "0.001", "0.000"), r.lines().stream().map(l -> l.kgCo2e().toPlainString()).toList());
        assertEquals("4.103", r.totalKg().toPlainString());
        assertEquals("0.004103", Result.tonnes(r.totalKg()).toPlainString());
        assertEquals("4.103", r.categories().get(CarbonCategory.TRAVEL).toPlainString());
        assertEquals("0.000", r.categories().get(CarbonCategory.ENERGY).toPlainString(), "every category is listed, zero included");
        assertEquals(CarbonCategory.values().length, r.categories().size());
    }

    @Test
    void anActivityWithNoFactorInForceIsReportedAndNotCounted() {
        Factors factors = new Factors(List.of(factor(TGV, "0.002930", LocalDate.of(2030, 1, 1))));
        Result r = CarbonFootprint.compute(List.of(entered(TGV, "100")), factors, LocalDate.of(2029, 12, 31));
        assertTrue(r.lines().isEmpty());
        assertEquals(1, r.withoutFactor().size());
        assertEquals("0.000", r.totalKg().toPlainString());
    }

    static final Map<String, Account> ACCOUNTS = Map.of(
            "5", new Account("5", null, "Décors"), "52", new Account("52", "5", "Décors naturels"),
            "6", new Account("6", null, "Transports"), "64", new Account("64", "6", "Hébergement"),
            "6401", new Account("6401", "64", "Hôtel"), "61", new Account("61", "6", "Transports de personnes"),
            "2", new Account("2", null, "Personnel"), "2201", new Account("2201", "2", "Réalisateur"));

    @Test
    void spendCountsUnderItsNearestMappedAccountSummedPerAccount() {
        // 6401 has no mapping of its own: it counts under 64 with the 64 line, 1 500.00 + 2 500.00 = 4 000.00;
        // the salary on 2201 has no mapped ancestor and is not counted; 52 counts under 52, not under 5
        List<Input> in = CarbonFootprint.fromSpend(CarbonOrigin.DERIVED_FROM_DEVIS,
                List.of(new Spend("64", new BigDecimal("1500.00")), new Spend("6401", new BigDecimal("2500.00")),
                        new Spend("2201", new BigDecimal("9000.00")), new Spend("52", new BigDecimal("10000.00"))),
                ACCOUNTS, Map.of("64", LODGING, "5", SETS, "52", SETS), Set.of());
        assertEquals(2, in.size());
        assertEquals("64", in.get(0).accountCode());
        assertEquals("4000.00", in.get(0).quantity().toPlainString());
        assertEquals("Hébergement", in.get(0).description());
        assertEquals("52", in.get(1).accountCode());
        assertEquals("10000.00", in.get(1).quantity().toPlainString());
    }

    @Test
    void spendOnAnAccountCoveredByEnteredDataIsNotCountedTwice() {
        // an entered line linked to 6 covers 64 and 6401; one linked to 61 covers 61 only
        List<Input> covered6 = CarbonFootprint.fromSpend(CarbonOrigin.DERIVED_FROM_ACTUALS,
                List.of(new Spend("6401", new BigDecimal("2500.00")), new Spend("52", new BigDecimal("100.00"))),
                ACCOUNTS, Map.of("64", LODGING, "52", SETS), Set.of("6"));
        assertEquals(List.of("52"), covered6.stream().map(Input::accountCode).toList());
        List<Input> covered61 = CarbonFootprint.fromSpend(CarbonOrigin.DERIVED_FROM_ACTUALS,
                List.of(new Spend("6401", new BigDecimal("2500.00"))), ACCOUNTS, Map.of("64", LODGING), Set.of("61"));
        assertEquals(List.of("64"), covered61.stream().map(Input::accountCode).toList());
    }

    @Test
    void aMappedAccountWhoseSpendIsNotPositiveGivesNoLine() {
        // a credit note that cancels the invoice: 500.00 - 500.00 = 0.00
        List<Input> in = CarbonFootprint.fromSpend(CarbonOrigin.DERIVED_FROM_ACTUALS,
                List.of(new Spend("52", new BigDecimal("500.00")), new Spend("52", new BigDecimal("-500.00"))),
                ACCOUNTS, Map.of("52", SETS), Set.of());
        assertTrue(in.isEmpty());
    }
}
