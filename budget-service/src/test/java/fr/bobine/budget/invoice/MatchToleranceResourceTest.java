package fr.bobine.budget.invoice;

import static fr.bobine.budget.CostControlScenarioTest.ACCOUNTANT;
import static fr.bobine.budget.CostControlScenarioTest.addLine;
import static fr.bobine.budget.CostControlScenarioTest.invoice;
import static fr.bobine.budget.CostControlScenarioTest.order;
import static fr.bobine.budget.CostControlScenarioTest.receipt;
import static fr.bobine.budget.CostControlScenarioTest.supplier;
import static fr.bobine.budget.devis.BudgetApi.AUDITOR;
import static fr.bobine.budget.devis.BudgetApi.MANAGER;
import static fr.bobine.budget.devis.BudgetApi.PRODUCER;
import static fr.bobine.budget.devis.BudgetApi.as;
import static fr.bobine.budget.devis.BudgetApi.versionPath;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import fr.bobine.budget.devis.BudgetApi;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The three-way-match tolerance through the API: a rate is a fraction in a decimal string (0.01 is 1 %), and an
 * invoice exactly at the tolerance passes while one cent more does not.
 */
@QuarkusTest
class MatchToleranceResourceTest {

    static final String PATH = "/productions/{p}/match-tolerance";

    static String tolerance(String amount, String rate) {
        return "{\"amount\": {\"amount\": \"" + amount + "\", \"currency\": \"EUR\"}, \"rate\": " + rate + "}";
    }

    @Test
    void anInvoiceExactlyAtTheRateMatchesAndOneCentMoreDoesNot() {
        String production = BudgetApi.newProduction("Tolérance au centime");
        String[] ids = BudgetApi.newCinemaBudget(production);
        String camera = addLine(production, ids, "71", "1", "30000.00", "Caméra");
        as(PRODUCER).post(versionPath() + "/approval", production, ids[0], ids[1]).then().statusCode(200);
        as(AUDITOR).get(PATH, production).then().statusCode(200)
                .body("rate", equalTo("0.000000")).body("amount.amount", equalTo("0.00"));
        // 1 % of the order or 500.00, the stricter: on 10 000.00 the rate gives 100.00
        as(ACCOUNTANT).body(tolerance("500.00", "\"0.01\"")).put(PATH, production).then().statusCode(200)
                .body("rate", equalTo("0.010000")).body("amount.amount", equalTo("500.00"));

        String supplier = supplier("Caméras de la Tolérance");
        String at = order(production, supplier, "BC-T1", camera, "10000.00", "2027-03-01", 30);
        String over = order(production, supplier, "BC-T2", camera, "10000.00", "2027-03-01", 30);
        receipt(production, at, "10000.00");
        receipt(production, over, "10000.00");
        assertEquals("MATCHED", invoice(production, at, "T-1", "2027-03-31", "10100.00", "2020.00", "12120.00"));
        assertEquals("MISMATCHED", invoice(production, over, "T-2", "2027-03-31", "10100.01", "2020.00", "12120.01"));
    }

    @Test
    void aRateThatIsNotAFractionInADecimalStringIsRefusedAndNothingChanges() {
        String production = BudgetApi.newProduction("Tolérance refusée");
        as(ACCOUNTANT).body(tolerance("50.00", "\"0.015\"")).put(PATH, production).then().statusCode(200)
                .body("rate", equalTo("0.015000"));
        // 1.5 (a percentage read as 150 %), a JSON number, a seventh decimal, a negative rate
        for (String bad : List.of("\"1.5\"", "0.015", "\"0.0150001\"", "\"-0.01\"")) {
            as(ACCOUNTANT).body(tolerance("50.00", bad)).put(PATH, production).then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", containsString("rate"));
        }
        as(MANAGER).body(tolerance("50.00", "\"0.02\"")).put(PATH, production).then().statusCode(403);
        as(AUDITOR).get(PATH, production).then().statusCode(200).body("rate", equalTo("0.015000"));
    }
}
