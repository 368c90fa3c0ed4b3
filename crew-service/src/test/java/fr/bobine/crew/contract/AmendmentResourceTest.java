package fr.bobine.crew.contract;

import static fr.bobine.crew.CrewFixtures.AUDITOR;
import static fr.bobine.crew.CrewFixtures.MANAGER;
import static fr.bobine.crew.CrewFixtures.PAYROLL;
import static fr.bobine.crew.CrewFixtures.PRODUCER;
import static fr.bobine.crew.CrewFixtures.contractJson;
import static fr.bobine.crew.CrewFixtures.count;
import static fr.bobine.crew.CrewFixtures.events;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
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

/** Amendments (avenants) of signed contracts: versions kept, figures recomputed, one event per amendment. */
@QuarkusTest
class AmendmentResourceTest {

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    static String etag(UUID production, String contract) {
        return given().auth().oauth2(PAYROLL).get("/productions/{p}/contracts/{c}", production, contract).then().statusCode(200)
                .extract().header("ETag");
    }

    static Response amend(UUID production, String contract, String etag, String key, String json) {
        var request = given().auth().oauth2(PRODUCER).contentType(ContentType.JSON).body(json);
        if (etag != null) {
            request.header("If-Match", etag);
        }
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.post("/productions/{p}/contracts/{c}/amendments", production, contract);
    }

    /** Five days of 8 h less one (39 h) in the week of {@code monday} (March 2027). */
    static String week39(int monday) {
        StringBuilder days = new StringBuilder();
        for (int d = monday; d < monday + 5; d++) {
            String date = "2027-03-%02d".formatted(d);
            days.append(d == monday ? "" : ",").append("""
                    {"date": "%1$s", "start": "%1$sT08:00:00", "end": "%1$sT%2$s:00:00", "mealBreakMinutes": 60}"""
                    .formatted(date, d == monday + 4 ? "16" : "17"));
        }
        return "{\"weekStart\": \"2027-03-%02d\", \"days\": [%s]}".formatted(monday, days);
    }

    static final String RAISE = """
            {"effectiveFrom": "2027-03-15", "signedOn": "2026-12-01", "rate": {"amount": "1500.00", "currency": "EUR"},
             "reason": "Chef de poste from the third week"}""";

    /**
     * 1er assistant opérateur at 1 400.00, 1 March to 11 April 2027 (6 weeks), meals 18.19: committed 8 400.00, employer
     * cost 14 153.70 (ContractResourceTest). Amended from 15 March at 1 500.00: 2 × 1 400.00 + 4 × 1 500.00 = 8 800.00,
     * contributions 8 800.00 × 0.62 = 5 456.00, meals 545.70: 14 801.70. Changes: gross +400.00, cost +648.00.
     */
    @Test
    void anAmendmentKeepsTheVersionsRecomputesTheFiguresAndIsPublishedOnce() {
        UUID production = CrewFixtures.production(bootstrap, "Avenant");
        String person = CrewFixtures.person("Le Goff");
        String contract = CrewFixtures.signedContract(production, person, "1400.00");

        amend(production, contract, null, null, RAISE).then().statusCode(428);
        amend(production, contract, "\"99\"", null, RAISE).then().statusCode(412);
        String key = UUID.randomUUID().toString();
        String etag = etag(production, contract);
        for (int attempt = 0; attempt < 2; attempt++) {
            amend(production, contract, etag, key, RAISE).then().statusCode(201)
                    .header("Location", endsWith("/productions/" + production + "/contracts/" + contract + "/versions/1"))
                    .body("number", equalTo(1))
                    .body("kind", equalTo("AMENDMENT"))
                    .body("effectiveFrom", equalTo("2027-03-15"))
                    .body("rate.amount", equalTo("1500.00"))
                    .body("committedGross.amount", equalTo("8800.00"))
                    .body("allowancesEstimate.amount", equalTo("545.70"))
                    .body("employerCostEstimate.amount", equalTo("14801.70"));
        }
        given().auth().oauth2(AUDITOR).get("/productions/{p}/contracts/{c}", production, contract).then().statusCode(200)
                .body("rate.amount", equalTo("1500.00"))
                .body("amendmentNumber", equalTo(1))
                .body("committedGross.amount", equalTo("8800.00"))
                .body("employerCostEstimate.amount", equalTo("14801.70"));
        given().auth().oauth2(AUDITOR).get("/productions/{p}/contracts/{c}/versions", production, contract).then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items[0].kind", equalTo("SIGNATURE"))
                .body("items[0].rate.amount", equalTo("1400.00"))
                .body("items[0].committedGross.amount", equalTo("8400.00"))
                .body("items[0].employerCostEstimate.amount", equalTo("14153.70"))
                .body("items[1].reason", equalTo("Chef de poste from the third week"));
        given().auth().oauth2(AUDITOR).get("/productions/{p}/contracts/{c}/versions/1", production, contract).then()
                .statusCode(200).body("signedOn", equalTo("2026-12-01"));
        given().auth().oauth2(AUDITOR).get("/productions/{p}/contracts/{c}/versions/2", production, contract).then()
                .statusCode(404);

        List<JsonNode> amended = events(bootstrap, ContractEvents.AMENDED, "contractId", contract);
        assertEquals(1, amended.size(), "one crew.contract.amended for one amendment, whatever the retries");
        JsonNode data = amended.get(0).path("data");
        EventSchemas.assertValid("crew.contract.amended", data);
        assertEquals(1, data.path("amendmentNumber").asInt());
        assertEquals("8400.00", data.path("previousCommittedGross").path("amount").asText());
        assertEquals("400.00", data.path("committedGrossChange").path("amount").asText());
        assertEquals("648.00", data.path("employerCostChange").path("amount").asText());
        assertEquals("1400.00", data.path("previousRate").path("amount").asText());
    }

    /**
     * Weeks are paid at the rate of the version in force on their first day: 39 h in the week of 8 March, before the
     * amendment, 1 400.00; in the week of 15 March, 1 500.00. Once hours are recorded up to 19 March, an amendment from
     * 15 March is refused; from 22 March, accepted.
     */
    @Test
    void weeksArePaidAtTheVersionInForceAndRecordedHoursAreNotAmended() {
        UUID production = CrewFixtures.production(bootstrap, "Avenant et relevés");
        String person = CrewFixtures.person("Kerjean");
        String contract = CrewFixtures.signedContract(production, person, "1400.00");
        amend(production, contract, etag(production, contract), null, RAISE).then().statusCode(201);

        given().auth().oauth2(PAYROLL).contentType(ContentType.JSON).body(week39(8))
                .post("/productions/{p}/contracts/{c}/timesheets", production, contract).then().statusCode(201)
                .body("gross.amount", equalTo("1400.00"));
        given().auth().oauth2(PAYROLL).contentType(ContentType.JSON).body(week39(15))
                .post("/productions/{p}/contracts/{c}/timesheets", production, contract).then().statusCode(201)
                .body("gross.amount", equalTo("1500.00"));

        long versions = count(dataSource, "select count(*) from contract_version where contract_id = cast(? as uuid)", contract);
        amend(production, contract, etag(production, contract), null, """
                {"effectiveFrom": "2027-03-15", "signedOn": "2026-12-01", "rate": {"amount": "1600.00", "currency": "EUR"},
                 "reason": "Again"}""").then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:bobine:problem:amendment-covers-recorded-hours"))
                .body("errors[0].field", equalTo("effectiveFrom"));
        assertEquals(versions, count(dataSource, "select count(*) from contract_version where contract_id = cast(? as uuid)",
                contract));
        amend(production, contract, etag(production, contract), null, """
                {"effectiveFrom": "2027-03-22", "signedOn": "2026-12-01", "endDate": "2027-04-18",
                 "reason": "One more week of shooting"}""").then().statusCode(201)
                .body("number", equalTo(2))
                .body("rate.amount", equalTo("1500.00"))
                .body("endDate", equalTo("2027-04-18"))
                // 2 × 1 400.00 + 5 × 1 500.00
                .body("committedGross.amount", equalTo("10300.00"));
    }

    /**
     * Meals of 18.19 a worked day, amended to 20.00 from 15 March: the March payroll inputs pay the 5 days of the week of
     * 8 March at 18.19 and the 5 days of the week of 15 March at 20.00: 90.95 + 100.00 = 190.95 for 10 meals.
     */
    @Test
    void theAllowancesOfAWeekAreThoseOfTheVersionInForce() {
        UUID production = CrewFixtures.production(bootstrap, "Avenant des repas");
        String person = CrewFixtures.person("Abgrall");
        String contract = CrewFixtures.signedContract(production, person, "1400.00");
        amend(production, contract, etag(production, contract), null, """
                {"effectiveFrom": "2027-03-15", "signedOn": "2026-12-01", "reason": "Meal allowance of the new caterer",
                 "allowances": [{"kind": "MEAL", "amount": {"amount": "20.00", "currency": "EUR"}, "basis": "PER_WORKED_DAY"}]}""")
                .then().statusCode(201)
                // meals 10 × 18.19 + 20 × 20.00 = 581.90; 8 400.00 + 5 208.00 + 581.90
                .body("employerCostEstimate.amount", equalTo("14189.90"));
        for (int monday : new int[] { 8, 15 }) {
            String sheet = given().auth().oauth2(PAYROLL).contentType(ContentType.JSON).body(week39(monday))
                    .post("/productions/{p}/contracts/{c}/timesheets", production, contract).then().statusCode(201)
                    .extract().path("id");
            given().auth().oauth2(MANAGER).post("/productions/{p}/contracts/{c}/timesheets/{t}/approval", production, contract,
                    sheet).then().statusCode(200);
        }
        given().auth().oauth2(PAYROLL).get("/productions/{p}/payroll-periods/2027-03/inputs", production).then().statusCode(200)
                .body("lines.find { it.itemCode == 'IND_MEAL' }.quantity", equalTo("10"))
                .body("lines.find { it.itemCode == 'IND_MEAL' }.amount.amount", equalTo("190.95"));
    }

    @Test
    void draftsBadInputAndRatesBelowTheMinimumAreRefusedAndNothingChanges() {
        UUID production = CrewFixtures.production(bootstrap, "Avenants refusés");
        String person = CrewFixtures.person("Morvan");
        String draft = given().auth().oauth2(PAYROLL).contentType(ContentType.JSON)
                .body(contractJson(person, "3097-1ER-ASS-OP", "1400.00", "2027-04-11"))
                .post("/productions/{p}/contracts", production).then().statusCode(201).extract().path("id");
        amend(production, draft, etag(production, draft), null, RAISE).then().statusCode(409);

        String contract = CrewFixtures.signedContract(production, person, "1400.00");
        String etag = etag(production, contract);
        // the grid minimum in force on 15 March 2027 is 1 341.56
        amend(production, contract, etag, null, RAISE.replace("1500.00", "1300.00")).then().statusCode(422)
                .body("type", equalTo("urn:bobine:problem:below-minimum-salary"));
        amend(production, contract, etag, null, RAISE.replace("1500.00", "1400.00")).then().statusCode(400)
                .body("errors[0].field", equalTo("rate"));
        amend(production, contract, etag, null, RAISE.replace("2026-12-01", "2099-01-01")).then().statusCode(400)
                .body("errors[0].field", equalTo("signedOn"));
        amend(production, contract, etag, null, RAISE.replace("2027-03-15", "2027-05-01")).then().statusCode(422)
                .body("type", equalTo("urn:bobine:problem:effective-date-outside-contract"));
        amend(production, contract, etag, null, "{\"effectiveFrom\": \"2027-03-15\", \"signedOn\": \"2026-12-01\"}").then()
                .statusCode(400).body("errors[0].field", equalTo("reason"));
        given().auth().oauth2(MANAGER).get("/productions/{p}/contracts/{c}/versions", production, contract).then()
                .statusCode(200).body("totalItems", equalTo(1));
        given().auth().oauth2(AUDITOR).header("If-Match", etag).contentType(ContentType.JSON).body(RAISE)
                .post("/productions/{p}/contracts/{c}/amendments", production, contract).then().statusCode(403);
        given().auth().oauth2(AUDITOR).get("/productions/{p}/contracts/{c}", production, contract).then().statusCode(200)
                .body("amendmentNumber", equalTo(0)).body("rate.amount", equalTo("1400.00"));
    }
}
