package fr.bobine.budget.devis;

import static fr.bobine.budget.devis.BudgetApi.AUDITOR;
import static fr.bobine.budget.devis.BudgetApi.MANAGER;
import static fr.bobine.budget.devis.BudgetApi.PRODUCER;
import static fr.bobine.budget.devis.BudgetApi.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class TemplateResourceTest {

    @Test
    void cinemaTemplateIsSeededWithNineChaptersAndFrenchAndEnglishLabels() {
        as(AUDITOR).get("/budget-templates").then().statusCode(200)
                .body("items.code", hasItems("CNC-CINEMA", "CNC-AUDIOVISUEL"))
                .body("items.find { it.code == 'CNC-CINEMA' }.accountCount", greaterThan(80));
        as(AUDITOR).get("/budget-templates/CNC-CINEMA").then().statusCode(200)
                .body("accounts.findAll { it.level == 1 }.code", equalTo(java.util.List.of("1", "2", "3", "4", "5", "6", "7", "8", "9")))
                .body("accounts.find { it.code == '1' }.labelFr", equalTo("Droits artistiques"))
                .body("accounts.find { it.code == '1' }.labelEn", equalTo("Story and rights"))
                .body("accounts.find { it.code == '2201' }.parentCode", equalTo("22"))
                .body("accounts.find { it.code == '2201' }.level", equalTo(3))
                .body("accounts.find { it.code == '2201' }.fringeCategory", equalTo("INTERMITTENT_TECHNICIAN"))
                .body("accounts.find { it.code == '42' }.postsFringesOf", equalTo("INTERMITTENT_TECHNICIAN"))
                .body("accounts.find { it.code == '91' }.taxCreditEligible", equalTo(false))
                .body("rules.code", equalTo(java.util.List.of("FG", "IMP")))
                .body("rules[0].rate", equalTo("0.070000"))
                .body("rules[1].excludedRules", equalTo(java.util.List.of("FG")));
        as(AUDITOR).get("/budget-templates/CNC-AUDIOVISUEL").then().statusCode(200)
                .body("accounts.findAll { it.level == 1 }", hasSize(10))
                .body("accounts.find { it.code == '10' }.labelEn", equalTo("Contingency, overheads, delegated production"));
        as(AUDITOR).get("/budget-templates/NOPE").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void accountsCanBeAddedAndRelabelledButNotMoved() {
        as(PRODUCER).body("""
                {"parentCode": "24", "labelFr": "Opérateur Steadicam", "labelEn": "Steadicam operator",
                 "fringeCategory": "INTERMITTENT_TECHNICIAN"}""")
                .put("/budget-templates/CNC-CINEMA/accounts/2409").then().statusCode(200)
                .body("level", equalTo(3)).body("chapterCode", equalTo("2"));
        as(PRODUCER).body("""
                {"parentCode": "24", "labelFr": "Opérateur Steadicam", "labelEn": "Steadicam operator (camera)",
                 "fringeCategory": "INTERMITTENT_TECHNICIAN"}""")
                .put("/budget-templates/CNC-CINEMA/accounts/2409").then().statusCode(200)
                .body("labelEn", equalTo("Steadicam operator (camera)")).body("version", equalTo(1));
        as(PRODUCER).body("{\"parentCode\": \"25\", \"labelFr\": \"X\", \"labelEn\": \"X\"}")
                .put("/budget-templates/CNC-CINEMA/accounts/2409").then().statusCode(409);
        as(PRODUCER).body("{\"parentCode\": \"2409\", \"labelFr\": \"X\", \"labelEn\": \"X\"}")
                .put("/budget-templates/CNC-CINEMA/accounts/24091").then().statusCode(400)
                .body("errors[0].field", equalTo("parentCode"));
        as(PRODUCER).body("{\"parentCode\": \"77\", \"labelFr\": \"X\", \"labelEn\": \"X\"}")
                .put("/budget-templates/CNC-CINEMA/accounts/7701").then().statusCode(400);
        as(AUDITOR).body("{\"parentCode\": \"24\", \"labelFr\": \"X\", \"labelEn\": \"X\"}")
                .put("/budget-templates/CNC-CINEMA/accounts/2410").then().statusCode(403);
        // the company's template is reference data: a production manager, engaged for one film, does not change it
        as(MANAGER).body("{\"parentCode\": \"24\", \"labelFr\": \"X\", \"labelEn\": \"X\"}")
                .put("/budget-templates/CNC-CINEMA/accounts/2410").then().statusCode(403);
        as(AUDITOR).get("/budget-templates/CNC-CINEMA").then()
                .body("accounts.code", hasItem("2409"));
    }

    @Test
    void fringeRatesAreDatedAndOverlapsAreRefused() {
        as(AUDITOR).queryParam("on", "2027-01-15").get("/fringe-rates").then().statusCode(200)
                .body("items", hasSize(4))
                .body("items.find { it.category == 'INTERMITTENT_TECHNICIAN' }.rate", equalTo("0.520000"));
        as(PRODUCER).body("{\"category\": \"ARTIST\", \"rate\": \"0.50\", \"validFrom\": \"2026-01-01\"}")
                .post("/fringe-rates").then().statusCode(409).contentType("application/problem+json");
        Response old = as(PRODUCER).body("""
                {"category": "ARTIST", "rate": "0.45", "validFrom": "2015-01-01", "validTo": "2019-12-31", "note": "ancien taux"}""")
                .post("/fringe-rates");
        old.then().statusCode(201).body("rate", equalTo("0.450000"));
        as(PRODUCER).body("{\"category\": \"ARTIST\", \"rate\": 0.45, \"validFrom\": \"2010-01-01\", \"validTo\": \"2010-12-31\"}")
                .post("/fringe-rates").then().statusCode(400).body("errors[0].field", equalTo("rate"));
        as(PRODUCER).header("If-Match", "\"0\"").body("""
                {"category": "ARTIST", "rate": "0.46", "validFrom": "2015-01-01", "validTo": "2019-12-31"}""")
                .put("/fringe-rates/{id}", old.path("id").toString()).then().statusCode(200).header("ETag", "\"1\"")
                .body("rate", equalTo("0.460000"));
        as(AUDITOR).queryParam("on", "2018-06-01").queryParam("category", "ARTIST").get("/fringe-rates").then()
                .body("items", hasSize(1)).body("items[0].rate", equalTo("0.460000"));
        // the budget's fringe rates are the accountant's and the producer's: payroll reads them, no longer changes them
        as(fr.bobine.testing.TestTokens.forRoles("payroll"))
                .body("{\"category\": \"ARTIST\", \"rate\": \"0.47\", \"validFrom\": \"2011-01-01\", \"validTo\": \"2011-12-31\"}")
                .post("/fringe-rates").then().statusCode(403);
    }
}
