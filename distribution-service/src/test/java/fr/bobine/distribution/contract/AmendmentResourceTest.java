package fr.bobine.distribution.contract;

import static fr.bobine.distribution.Fixtures.AUDITOR;
import static fr.bobine.distribution.Fixtures.MANAGER;
import static fr.bobine.distribution.Fixtures.PRODUCER;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import fr.bobine.distribution.Fixtures;
import fr.bobine.testing.EventSchemas;
import fr.bobine.testing.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Amendments (avenants) to signed distribution contracts: the history is kept, the event is published once, and a
 * changed MG replans the instalments not yet due (Code civil art. 1193: a contract changes by the parties' agreement).
 */
@QuarkusTest
class AmendmentResourceTest {

    @Inject
    DataSource ds;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    /** A signed contract: MG 150,000.00, 30,000.00 due at signature (2026-06-02), 120,000.00 on delivery. */
    static String[] signed(UUID production) {
        Response created = ContractDeliveryResourceTest.create(production, ContractDeliveryResourceTest.contract("FR", "2028-01-14", "\"0.2\""));
        String id = created.then().statusCode(201).extract().path("id");
        given().auth().oauth2(PRODUCER).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"signedOn\": \"2026-06-02\"}")
                .post("/productions/{p}/contracts/{c}/signature", production, id).then().statusCode(200);
        return new String[] { id, created.path("instalments[1].id") };
    }

    static String amendment(UUID production, String contract, String signedOn, String mg, String commission) {
        List<Object> blocks = given().auth().oauth2(AUDITOR).get("/productions/{p}/contracts/{c}", production, contract)
                .then().extract().path("rightsBlocks");
        return TestEvents.MAPPER.valueToTree(TestEvents.map("signedOn", signedOn, "reason", "Sélection à Cannes : MG relevé",
                "rightsBlocks", blocks, "minimumGuarantee", mg == null ? null : Map.of("amount", mg, "currency", "EUR"),
                "commissionRate", commission, "expenseCap", Map.of("amount", "80000.00", "currency", "EUR"),
                "reportingFrequency", "QUARTERLY")).toString();
    }

    static Response amend(UUID production, String contract, String ifMatch, String body) {
        var request = given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.post("/productions/{p}/contracts/{c}/amendments", production, contract);
    }

    @Test
    void aRaisedMgIsAnAmendmentThatKeepsTheHistoryAndIsPublishedOnce() {
        UUID production = Fixtures.releasedProduction(ds, "Avenant", "FR", "2026-10-14");
        String[] contract = signed(production);
        // MG 150,000.00 -> 180,000.00 and commission 25% -> 20%: 30,000.00 fell due at signature and stays; the
        // 150,000.00 left is the delivery instalment's (it was 120,000.00), its deliverables unchanged.
        String body = amendment(production, contract[0], "2027-01-15", "180000.00", "0.20");
        String key = UUID.randomUUID().toString();
        String location = null;
        for (int attempt = 0; attempt < 2; attempt++) {
            Response r = given().auth().oauth2(PRODUCER).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                    .header("Idempotency-Key", key).body(body).post("/productions/{p}/contracts/{c}/amendments", production, contract[0]);
            r.then().statusCode(201)
                    .header("Location", containsString("/contracts/" + contract[0] + "/amendments/"))
                    .body("number", equalTo(1))
                    .body("changes", equalTo(List.of("minimumGuarantee", "commissionRate")))
                    .body("before.minimumGuarantee.amount", equalTo("150000.00"))
                    .body("before.instalments.amount.amount", equalTo(List.of("30000.00", "120000.00")))
                    .body("after.minimumGuarantee.amount", equalTo("180000.00"))
                    .body("after.instalments.amount.amount", equalTo(List.of("30000.00", "150000.00")))
                    .body("after.instalments.status", equalTo(List.of("DUE", "SCHEDULED")))
                    .body("before.commissionRate", equalTo("0.250000"))
                    .body("after.commissionRate", equalTo("0.200000"))
                    .body("after.instalments.share", equalTo(List.of("0.166667", "0.833333")));
            location = r.header("Location");
        }
        given().auth().oauth2(AUDITOR).get(location).then().statusCode(200).body("reason", equalTo("Sélection à Cannes : MG relevé"));
        given().auth().oauth2(AUDITOR).get("/productions/{p}/contracts/{c}", production, contract[0]).then().statusCode(200)
                .header("ETag", "\"2\"")
                .body("amendmentCount", equalTo(1))
                .body("minimumGuarantee.amount", equalTo("180000.00"))
                .body("instalments[1].id", equalTo(contract[1]))
                .body("instalments[1].amount.amount", equalTo("150000.00"));

        List<JsonNode> amended = Fixtures.awaitEvents(bootstrap, production.toString(), "distribution.contract.amended");
        assertEquals(1, amended.size());
        EventSchemas.assertValid(amended.get(0));
        JsonNode data = amended.get(0).path("data");
        assertEquals("150000.00", data.path("previousMinimumGuarantee").path("amount").asText());
        assertEquals("180000.00", data.path("minimumGuarantee").path("amount").asText());
        assertEquals(1, data.path("number").asInt());

        // lowered to exactly what fell due (30,000.00): the delivery instalment is cancelled, not deleted
        amend(production, contract[0], "\"2\"", amendment(production, contract[0], "2027-02-01", "30000.00", "0.20")).then()
                .statusCode(201).body("number", equalTo(2)).body("changes", equalTo(List.of("minimumGuarantee")))
                .body("after.instalments.status", equalTo(List.of("DUE", "CANCELLED")));
        given().auth().oauth2(AUDITOR).get("/productions/{p}/contracts/{c}/amendments", production, contract[0]).then()
                .statusCode(200).body("totalItems", equalTo(2)).body("totalPages", equalTo(1)).body("items.number", equalTo(List.of(1, 2)));
    }

    @Test
    void aRaiseWithNothingLeftScheduledFallsDueAtTheAmendmentsSignature() {
        UUID production = Fixtures.releasedProduction(ds, "Avenant payé", "FR", "2026-10-14");
        Response created = ContractDeliveryResourceTest.create(production, ContractDeliveryResourceTest.contract("FR", "2028-01-14", "\"0.2\"")
                .replace("{\"label\": \"80% à la livraison\", \"trigger\": \"ON_DELIVERY\", \"share\": \"0.8\"}",
                        "{\"label\": \"80% au 1er mai\", \"trigger\": \"ON_DATE\", \"share\": \"0.8\", \"dueOn\": \"2026-05-01\"}"));
        String id = created.then().statusCode(201).extract().path("id");
        // signed after the 1st of May: both instalments fall due at signing (150,000.00 owed)
        given().auth().oauth2(PRODUCER).contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"signedOn\": \"2026-06-02\"}")
                .post("/productions/{p}/contracts/{c}/signature", production, id).then().statusCode(200);
        // raised to 165,000.00: the 15,000.00 more falls due on the amendment's day, published for budget-service
        amend(production, id, "\"1\"", amendment(production, id, "2026-09-10", "165000.00", "0.25")).then().statusCode(201)
                .body("after.instalments.amount.amount", equalTo(List.of("30000.00", "120000.00", "15000.00")))
                .body("after.instalments[2].status", equalTo("DUE"))
                .body("after.instalments[2].dueOn", equalTo("2026-09-10"))
                .body("after.instalments[2].label", equalTo("MG raised by amendment 1"));
        List<JsonNode> due = Fixtures.awaitEvents(bootstrap, production.toString(), "distribution.mg.instalment.fell-due", 3);
        assertEquals(List.of("30000.00", "120000.00", "15000.00"), due.stream()
                .map(e -> e.path("data").path("amount").path("amount").asText()).toList());
    }

    @Test
    void badAmendmentsAreRefusedAndChangeNothing() {
        UUID production = Fixtures.releasedProduction(ds, "Avenant refusé", "FR", "2026-10-14");
        String[] contract = signed(production);
        String draft = ContractDeliveryResourceTest.create(production, ContractDeliveryResourceTest.contract("FR", "2028-01-14", "\"0.2\""))
                .then().statusCode(201).extract().path("id");
        long amendments = Fixtures.count(ds, "select count(*) from distribution_contract_amendment");
        String raise = amendment(production, contract[0], "2027-01-15", "180000.00", "0.25");
        amend(production, contract[0], null, raise).then().statusCode(428).contentType("application/problem+json");
        amend(production, contract[0], "\"0\"", raise).then().statusCode(412);
        amend(production, draft, "\"0\"", amendment(production, draft, "2027-01-15", "180000.00", "0.25")).then().statusCode(409);
        amend(production, contract[0], "\"1\"", amendment(production, contract[0], "2027-01-15", "150000.00", "0.25")).then()
                .statusCode(422).body("type", containsString("amendment-changes-nothing"));
        // 30,000.00 fell due at signature: 29,999.99 is a cent too low
        amend(production, contract[0], "\"1\"", amendment(production, contract[0], "2027-01-15", "29999.99", "0.25")).then()
                .statusCode(422).body("detail", containsString("30000.00"));
        amend(production, contract[0], "\"1\"", amendment(production, contract[0], "2027-01-15", null, "0.25")).then()
                .statusCode(422).body("type", containsString("minimum-guarantee-removed"));
        amend(production, contract[0], "\"1\"", amendment(production, contract[0], "2026-06-01", "180000.00", "0.25")).then()
                .statusCode(400).body("errors.field", hasItem("signedOn"));
        amend(production, contract[0], "\"1\"", raise.replace("\"currency\":\"EUR\"", "\"currency\":\"USD\"")).then().statusCode(400);
        given().auth().oauth2(AUDITOR).contentType(ContentType.JSON).header("If-Match", "\"1\"").body(raise)
                .post("/productions/{p}/contracts/{c}/amendments", production, contract[0]).then().statusCode(403);
        given().auth().oauth2(AUDITOR).get("/productions/{p}/contracts/{c}/amendments/{a}", production, contract[0], UUID.randomUUID())
                .then().statusCode(404);
        assertEquals(amendments, Fixtures.count(ds, "select count(*) from distribution_contract_amendment"));
        given().auth().oauth2(AUDITOR).get("/productions/{p}/contracts/{c}", production, contract[0]).then()
                .header("ETag", "\"1\"").body("minimumGuarantee.amount", equalTo("150000.00"));
    }
}
