package fr.bobine.crew.contract;

import static fr.bobine.crew.CrewFixtures.PAYROLL;
import static fr.bobine.crew.CrewFixtures.PRODUCER;
import static fr.bobine.crew.CrewFixtures.contractJson;
import static fr.bobine.crew.CrewFixtures.count;
import static fr.bobine.crew.CrewFixtures.events;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import fr.bobine.crew.CrewFixtures;
import fr.bobine.testing.EventSchemas;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
class ContractResourceTest {

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    static Response draft(UUID production, String json) {
        return given().auth().oauth2(PAYROLL).contentType(ContentType.JSON).body(json).post("/productions/{p}/contracts", production);
    }

    /**
     * 1er assistant opérateur at 1 400.00 a week (minimum 1 341.56 since Sept 2023), 1 March to 11 April 2027 = 42 days
     * = 6 weeks: gross 8 400.00. Employer rates in force: 15.5 % + 1.5 % + 45 % = 62 %: 5 208.00. Meals 18.19 × 5 days
     * × 6 weeks = 30 × 18.19 = 545.70. Employer cost 8 400.00 + 5 208.00 + 545.70 = 14 153.70.
     */
    @Test
    void signingPublishesTheCommitmentOnceEvenWhenRetriedWithTheSameKey() throws Exception {
        UUID production = CrewFixtures.production(bootstrap, "La Nuit du Phare");
        String person = CrewFixtures.person("Bellec");
        String contract = draft(production, contractJson(person, "3097-1ER-ASS-OP", "1400.00", "2027-04-11")).then()
                .statusCode(201)
                .body("status", equalTo("DRAFT"))
                .body("agreement", equalTo("IDCC_3097"))
                .body("minimumInForce.amount", equalTo("1341.56"))
                .extract().path("id");
        String key = UUID.randomUUID().toString();
        for (int attempt = 0; attempt < 2; attempt++) {
            given().auth().oauth2(PRODUCER).header("Idempotency-Key", key)
                    .post("/productions/{p}/contracts/{c}/signature", production, contract).then().statusCode(200)
                    .body("status", equalTo("SIGNED"))
                    .body("committedGross.amount", equalTo("8400.00"))
                    .body("employerCostEstimate.amount", equalTo("14153.70"));
        }
        given().auth().oauth2(PRODUCER).post("/productions/{p}/contracts/{c}/signature", production, contract).then()
                .statusCode(409).contentType("application/problem+json");

        List<JsonNode> signed = events(bootstrap, ContractEvents.SIGNED, "contractId", contract);
        assertEquals(1, signed.size(), "crew.contract.signed is published exactly once");
        JsonNode event = signed.get(0);
        assertEquals(production.toString(), event.path("subject").asText());
        assertEquals("/crew-service", event.path("source").asText());
        assertEquals("8400.00", event.path("data").path("committedGross").path("amount").asText());
        assertEquals("545.70", event.path("data").path("allowancesEstimate").path("amount").asText());
        assertEquals("14153.70", event.path("data").path("employerCostEstimate").path("amount").asText());
        assertEquals("22-105", event.path("data").path("budgetLineCode").asText());
        EventSchemas.assertValid("crew.contract.signed", event.path("data"));
        assertEquals(1, count(dataSource, "select count(*) from audit_record where entity_id = ? and action = 'contract.sign'", contract));
    }

    @Test
    void cancellingASignedContractReleasesItsCommitment() throws Exception {
        UUID production = CrewFixtures.production(bootstrap, "Annulations");
        String contract = CrewFixtures.signedContract(production, CrewFixtures.person("Guillou"), "1400.00");
        given().auth().oauth2(PRODUCER).contentType(ContentType.JSON).body("{\"reason\": \"Shooting moved to June\"}")
                .post("/productions/{p}/contracts/{c}/cancellation", production, contract).then().statusCode(200)
                .body("status", equalTo("CANCELLED"));
        List<JsonNode> cancelled = events(bootstrap, ContractEvents.CANCELLED, "contractId", contract);
        assertEquals(1, cancelled.size());
        assertEquals("14153.70", cancelled.get(0).path("data").path("releasedCommitment").path("amount").asText());
        assertEquals("SIGNED", cancelled.get(0).path("data").path("previousStatus").asText());
        EventSchemas.assertValid("crew.contract.cancelled", cancelled.get(0).path("data"));
        given().auth().oauth2(PRODUCER).contentType(ContentType.JSON).body("{\"reason\": \"again\"}")
                .post("/productions/{p}/contracts/{c}/cancellation", production, contract).then().statusCode(409);
    }

    @Test
    void rateBelowTheMinimumIs422AndNothingIsStored() {
        UUID production = CrewFixtures.production(bootstrap, "Sous le minimum");
        String person = CrewFixtures.person("Kerjean");
        long contracts = count(dataSource, "select count(*) from contract");
        draft(production, contractJson(person, "3097-1ER-ASS-OP", "1200.00", "2027-04-11")).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:bobine:problem:below-minimum-salary"))
                .body("errors.field", hasItem("rate"));
        assertEquals(contracts, count(dataSource, "select count(*) from contract"));
    }

    @Test
    void lowBudgetProductionMayPayBelowTheMinimumAndItIsRecorded() {
        UUID production = CrewFixtures.production(bootstrap, "Petit Budget");
        given().auth().oauth2(PRODUCER).contentType(ContentType.JSON)
                .body("{\"lowBudgetAnnexe3\": true, \"decisionReference\": \"Commission paritaire 2027-014\"}")
                .put("/productions/{p}/payroll-regime", production).then().statusCode(200)
                .body("lowBudgetAnnexe3", equalTo(true))
                .body("recordedBy", equalTo("test@bobine.local"));
        draft(production, contractJson(CrewFixtures.person("Le Goff"), "3097-1ER-ASS-OP", "1200.00", "2027-04-11")).then()
                .statusCode(201)
                .body("lowBudgetApplied", equalTo(true))
                .body("minimumInForce.amount", equalTo("1341.56"));
    }

    @Test
    void missingMandatoryMentionsBlockSigningUntilCompleted() {
        UUID production = CrewFixtures.production(bootstrap, "Mentions");
        Response created = draft(production, contractJson(CrewFixtures.person("Morvan"), "3097-1ER-ASS-OP", "1400.00", null));
        String contract = created.then().statusCode(201).extract().path("id");
        given().auth().oauth2(PRODUCER).post("/productions/{p}/contracts/{c}/signature", production, contract).then()
                .statusCode(422)
                .body("type", equalTo("urn:bobine:problem:mandatory-mentions-missing"))
                .body("errors.field", hasItems("endDate"));
        given().auth().oauth2(PAYROLL).contentType(ContentType.JSON).body("{\"endDate\": \"2027-03-05\"}")
                .patch("/productions/{p}/contracts/{c}", production, contract).then().statusCode(428);
        given().auth().oauth2(PAYROLL).contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"endDate\": \"2027-03-05\"}")
                .patch("/productions/{p}/contracts/{c}", production, contract).then().statusCode(200)
                .header("ETag", "\"1\"");
        given().auth().oauth2(PRODUCER).post("/productions/{p}/contracts/{c}/signature", production, contract).then()
                .statusCode(200)
                .body("committedGross.amount", equalTo("1400.00"));
    }

    @Test
    void badInputIsRefusedWithTheField() {
        UUID production = CrewFixtures.production(bootstrap, "Entrées");
        String person = CrewFixtures.person("Tanguy");
        draft(production, contractJson(person, "3097-1ER-ASS-OP", "1400.00", "2027-02-01")).then().statusCode(400)
                .body("errors[0].field", equalTo("endDate"));
        draft(production, contractJson(person, "NOPE", "1400.00", "2027-04-11")).then().statusCode(400)
                .body("errors[0].field", equalTo("positionCode"));
        draft(UUID.randomUUID(), contractJson(person, "3097-1ER-ASS-OP", "1400.00", "2027-04-11")).then().statusCode(404);
        given().auth().oauth2(PAYROLL).get("/productions/{p}/contracts/{c}", production, UUID.randomUUID()).then().statusCode(404);
        given().auth().oauth2(CrewFixtures.AUDITOR).queryParam("status", "SIGNED").get("/productions/{p}/contracts", production)
                .then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void contractsSortByADocumentedField() {
        UUID production = CrewFixtures.production(bootstrap, "Tri des contrats");
        String person = CrewFixtures.person("Le Bihan");
        String longer = draft(production, contractJson(person, "3097-1ER-ASS-OP", "1400.00", "2027-04-11")).then().statusCode(201)
                .extract().path("id");
        String shorter = draft(production, contractJson(person, "3097-1ER-ASS-OP", "1400.00", "2027-03-28")).then().statusCode(201)
                .extract().path("id");
        given().auth().oauth2(CrewFixtures.AUDITOR).queryParam("sort", "endDate").get("/productions/{p}/contracts", production)
                .then().statusCode(200).body("items.id", equalTo(java.util.List.of(shorter, longer)));
        given().auth().oauth2(CrewFixtures.AUDITOR).queryParam("sort", "startDate,-endDate")
                .get("/productions/{p}/contracts", production)
                .then().statusCode(200).body("items.id", equalTo(java.util.List.of(longer, shorter)));
        given().auth().oauth2(CrewFixtures.AUDITOR).queryParam("sort", "rate").get("/productions/{p}/contracts", production)
                .then().statusCode(400).body("errors[0].field", equalTo("sort"));
    }

    @Test
    void gridsAreDatedAndEditable() {
        String position = "TEST-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        given().auth().oauth2(PAYROLL).contentType(ContentType.JSON).body("""
                {"code": "%s", "label": "Chef machiniste", "agreement": "IDCC_3097", "annexe": "ANNEXE_8", "cadre": false, "setCraft": true}
                """.formatted(position)).post("/reference/positions").then().statusCode(201);
        for (String[] m : new String[][] { { "1300.00", "2025-01-01" }, { "1350.00", "2026-01-01" } }) {
            given().auth().oauth2(PAYROLL).contentType(ContentType.JSON).body("""
                    {"positionCode": "%s", "engagement": "WEEKLY", "weeklyHours": 39,
                     "amount": {"amount": "%s", "currency": "EUR"}, "validFrom": "%s", "source": "test"}
                    """.formatted(position, m[0], m[1])).post("/reference/salary-minimums").then().statusCode(201);
        }
        given().auth().oauth2(PAYROLL).get("/reference/positions/{c}/salary-minimums", position).then().statusCode(200)
                .body("items[0].validTo", equalTo("2025-12-31"))
                .body("items[1].amount.amount", equalTo("1350.00"));
        given().auth().oauth2(PAYROLL).contentType(ContentType.JSON).body("""
                {"positionCode": "%s", "engagement": "WEEKLY", "weeklyHours": 39,
                 "amount": {"amount": "1400.00", "currency": "EUR"}, "validFrom": "2025-06-01", "source": "test"}
                """.formatted(position)).post("/reference/salary-minimums").then().statusCode(409);
        given().auth().oauth2(CrewFixtures.AUDITOR).get("/reference/employer-cost-rates").then().statusCode(200)
                .body("items.code", hasItem("CONGES_SPECTACLES"));
    }
}
