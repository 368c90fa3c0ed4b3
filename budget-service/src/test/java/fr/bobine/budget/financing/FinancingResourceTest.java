package fr.bobine.budget.financing;

import static fr.bobine.budget.devis.BudgetApi.AUDITOR;
import static fr.bobine.budget.devis.BudgetApi.MANAGER;
import static fr.bobine.budget.devis.BudgetApi.PRODUCER;
import static fr.bobine.budget.devis.BudgetApi.as;
import static fr.bobine.budget.devis.BudgetApi.count;
import static fr.bobine.budget.devis.BudgetApi.line;
import static fr.bobine.budget.devis.BudgetApi.linesPath;
import static fr.bobine.budget.devis.BudgetApi.versionPath;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import fr.bobine.budget.devis.BudgetApi;
import fr.bobine.testing.EventSchemas;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class FinancingResourceTest {

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    static String source(String kind, String financier, String amount, String extra) {
        return """
                {"kind": "%s", "financier": "%s", "amount": {"amount": "%s", "currency": "EUR"},
                 "expectedDate": "2027-02-01"%s}""".formatted(kind, financier, amount, extra == null ? "" : ", " + extra);
    }

    /** Locked budget: one location line of 100 000.00 in France; FG 7 000.00, imprévus 10 000.00; total 117 000.00. */
    String lockedBudget() {
        String production = BudgetApi.newProduction("Plan de Financement");
        String[] ids = BudgetApi.newCinemaBudget(production);
        as(MANAGER).body(line("52", "1", "100000.00", "EUR", null)).post(linesPath(), production, ids[0], ids[1])
                .then().statusCode(201);
        as(PRODUCER).post(versionPath() + "/approval", production, ids[0], ids[1]).then().statusCode(200);
        return production;
    }

    @Test
    void planShowsGapPublicAidShareAndTaxCreditAgainstTheLockedBudget() {
        String production = lockedBudget();
        String path = "/productions/{p}/financing-plan/sources";
        as(MANAGER).body(source("PRODUCER_CONTRIBUTION", "Les Films du Quai", "20000.00", null)).post(path, production)
                .then().statusCode(201).body("publicAid", equalTo(false)).body("status", equalTo("PLANNED"));
        as(MANAGER).body(source("REGIONAL_AID", "Région Bretagne", "40000.00", """
                "status": "REQUESTED", "instalments": [
                  {"dueDate": "2027-03-01", "amount": {"amount": "24000.00", "currency": "EUR"}},
                  {"dueDate": "2027-09-01", "amount": {"amount": "16000.00", "currency": "EUR"}}]"""))
                .post(path, production).then().statusCode(201).body("publicAid", equalTo(true))
                .body("instalments", hasSize(2));
        as(MANAGER).body(source("TAX_CREDIT", "Crédit d'impôt cinéma", "30000.00", null)).post(path, production)
                .then().statusCode(201);
        as(MANAGER).body(source("TV_PRESALE", "Chaîne cryptée", "20000.00", null)).post(path, production)
                .then().statusCode(201);

        // 110 000.00 against 117 000.00: gap 7 000.00; public aid 70 000 / 117 000 = 0.598291 > 50 %;
        // tax credit 100 000.00 x 30 % (French-language cinema) = 30 000.00
        as(AUDITOR).get("/productions/{p}/financing-plan", production).then().statusCode(200)
                .body("sources", hasSize(4))
                .body("total.amount", equalTo("110000.00"))
                .body("lockedBudgetTotal.amount", equalTo("117000.00"))
                .body("gap.amount", equalTo("7000.00"))
                .body("publicAid.amount", equalTo("70000.00"))
                .body("publicAidShare", equalTo("0.598291"))
                .body("publicAidCeiling", equalTo("0.50"))
                .body("taxCredit.scheme", equalTo("CINEMA_FRENCH_LANGUAGE"))
                .body("taxCredit.eligibleSpend.amount", equalTo("100000.00"))
                .body("taxCredit.estimate.amount", equalTo("30000.00"))
                .body("warnings.code", hasItem("public-aid-above-ceiling"))
                .body("warnings.code", hasItem("financing-gap"));

        as(PRODUCER).body("{\"difficultOrLowBudget\": true, \"taxCreditScheme\": \"CINEMA\"}")
                .put("/productions/{p}/financing-plan/settings", production).then().statusCode(200)
                .body("publicAidCeiling", equalTo("0.60"))
                .body("warnings.code", not(hasItem("public-aid-above-ceiling")))
                // 100 000.00 x 20 % = 20 000.00, below the 30 000.00 the plan counts
                .body("taxCredit.estimate.amount", equalTo("20000.00"))
                .body("warnings.code", hasItem("tax-credit-above-estimate"));

        String csv = as(AUDITOR).get("/productions/{p}/financing-plan/export.csv", production).then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("plan-de-financement-fr.csv")).extract().asString();
        assertTrue(csv.contains("REGIONAL_AID;Région Bretagne;REQUESTED;1;2027-02-01;;40000,00"), csv);
        assertTrue(csv.contains("reste à financer;;;;;;7000,00"), csv);
        byte[] xlsx = as(AUDITOR).get("/productions/{p}/financing-plan/export.xlsx", production).then().statusCode(200)
                .header("Content-Disposition", containsString("plan-de-financement-fr.xlsx")).extract().asByteArray();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheet("Plan de financement");
            assertEquals("Région Bretagne", sheet.getRow(2).getCell(1).getStringCellValue());
            assertEquals(40000.0, sheet.getRow(2).getCell(6).getNumericCellValue());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void confirmingASourcePublishesTheConfirmedEventFollowingItsSchema() throws Exception {
        String production = BudgetApi.newProduction("Confirmation");
        String id = as(MANAGER).body(source("SOFICA", "Cinémage 18", "150000.00", null))
                .post("/productions/{p}/financing-plan/sources", production).then().statusCode(201).extract().path("id");
        as(MANAGER).post("/productions/{p}/financing-plan/sources/{s}/confirmation", production, id).then().statusCode(403);
        as(PRODUCER).post("/productions/{p}/financing-plan/sources/{s}/confirmation", production, id).then().statusCode(200)
                .body("status", equalTo("CONFIRMED")).body("confirmedAt", not(nullValue()));
        as(PRODUCER).post("/productions/{p}/financing-plan/sources/{s}/confirmation", production, id).then().statusCode(409)
                .contentType("application/problem+json");
        JsonNode event = BudgetApi.awaitEvent(bootstrap, production, FinancingService.CONFIRMED);
        assertEquals("150000.00", event.path("data").path("amount").asText());
        assertEquals("SOFICA", event.path("data").path("kind").asText());
        EventSchemas.assertValid("budget.financing.confirmed", event.path("data"));
        as(AUDITOR).get("/productions/{p}/financing-plan", production).then()
                .body("confirmed.amount", equalTo("150000.00"))
                .body("warnings.code", hasItem("no-locked-budget"))
                .body("gap", nullValue());
    }

    @Test
    void badSourcesAreRefusedAndNothingIsStored() throws SQLException {
        String production = BudgetApi.newProduction("Sources Refusées");
        String path = "/productions/{p}/financing-plan/sources";
        long before = count(dataSource, "financing_source");
        as(MANAGER).body(source("REGIONAL_AID", "Région", "40000.00", """
                "instalments": [{"dueDate": "2027-03-01", "amount": {"amount": "24000.00", "currency": "EUR"}}]"""))
                .post(path, production).then().statusCode(422).body("type", containsString("instalments-do-not-add-up"));
        as(MANAGER).body("{\"kind\": \"SOFICA\", \"financier\": \"X\", \"amount\": {\"amount\": 1000.5, \"currency\": \"EUR\"}}")
                .post(path, production).then().statusCode(400).body("errors[0].field", equalTo("amount"));
        as(MANAGER).body(source("LOTTERY", "X", "10.00", null)).post(path, production).then().statusCode(400)
                .body("errors[0].field", equalTo("kind"));
        as(MANAGER).body(source("SOFICA", "X", "10.00", "\"status\": \"CONFIRMED\"")).post(path, production)
                .then().statusCode(422);
        as(MANAGER).body("{\"kind\": \"SOFICA\", \"financier\": \"X\", \"amount\": {\"amount\": \"10.00\", \"currency\": \"XYZ\"}}")
                .post(path, production).then().statusCode(400).body("errors[0].field", equalTo("amount"));
        assertEquals(before, count(dataSource, "financing_source"));
        as(MANAGER).body(source("SOFICA", "X", "10.00", null)).post(path, java.util.UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void taxCreditRatesAreDatedData() {
        as(AUDITOR).queryParam("scheme", "CINEMA_FRENCH_LANGUAGE").get("/tax-credit-rates").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].rate", equalTo("0.300000"))
                .body("items[0].cap.amount", equalTo("30000000.00"));
        as(PRODUCER).body("{\"scheme\": \"INTERNATIONAL\", \"rate\": \"0.40\", \"validFrom\": \"2027-01-01\"}")
                .post("/tax-credit-rates").then().statusCode(409);
        as(PRODUCER).body("{\"scheme\": \"INTERNATIONAL\", \"rate\": \"0.25\", \"validFrom\": \"2010-01-01\", \"validTo\": \"2015-12-31\"}")
                .post("/tax-credit-rates").then().statusCode(201).body("rate", equalTo("0.250000"));
    }
}
