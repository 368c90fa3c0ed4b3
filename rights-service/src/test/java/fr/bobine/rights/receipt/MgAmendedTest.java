package fr.bobine.rights.receipt;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.bobine.rights.Fixtures;
import fr.bobine.testing.BobineStack;
import fr.bobine.testing.Eventually;
import fr.bobine.testing.TestEvents;
import fr.bobine.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * distribution.contract.amended raising a distributor's MG, through the real broker: the waterfall versions whose MG
 * position names the contract recoup the amended MG and are recomputed, once, whatever the redeliveries; the MG's new
 * instalment counts as RNPP when received (protocole du 16/12/2010, art. 3.2; rule and edges in MgAmendmentTest).
 */
@QuarkusTest
class MgAmendedTest {

    static final String MANAGER = TestTokens.forRoles("rights-manager", "producer");
    static final Duration WAIT = Duration.ofSeconds(30);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    DataSource dataSource;

    void send(ObjectNode event) {
        TestEvents.send(bootstrap, BobineStack.topic("distribution"), event.path("subject").asText(), event.toString());
    }

    static Map<String, Object> instalment(UUID id, int position, String amount, String status) {
        return TestEvents.map("id", id.toString(), "position", position, "label", "MG " + position, "trigger", "ON_DATE",
                "share", "0.500000", "amount", MgInstalmentReceivedTest.money(amount), "status", status, "dueOn", "2026-02-02",
                "receivedOn", "RECEIVED".equals(status) ? "2026-02-02" : null);
    }

    static ObjectNode amendment(UUID production, UUID contract, int number, String mg, String previous, List<Map<String, Object>> plan,
            String currency) {
        return TestEvents.event("/distribution-service", "distribution.contract.amended", production.toString(),
                TestEvents.map("amendmentId", UUID.randomUUID().toString(), "contractId", contract.toString(),
                        "productionId", production.toString(), "number", number, "signedOn", "2026-03-20",
                        "reason", "MG porté à 120 000 € après les premières semaines", "changes", List.of("minimumGuarantee"),
                        "counterpartyName", "Haut et Court Distribution", "counterpartyKind", "DISTRIBUTOR",
                        "rightsBlocks", List.of(TestEvents.map("media", List.of("THEATRICAL"), "territories", List.of("FR"),
                                "languages", List.of("fr"), "termStart", "2026-03-04", "termEnd", "2036-03-03", "exclusive", true,
                                "holdbacks", List.of())),
                        "minimumGuarantee", TestEvents.map("amount", mg, "currency", currency),
                        "previousMinimumGuarantee", TestEvents.map("amount", previous, "currency", currency),
                        "instalments", plan, "commissionRate", "0.300000", "expenseCap", null, "reportingFrequency", "YEARLY"));
    }

    /** mg (MG_RECOUPMENT of the contract) -> rnpp -> the director's 2% of RNPP -> the producer. */
    static String simpleVersion(UUID contract) {
        return """
                {"name": "MG seul", "definition": {"currency": "EUR", "entry": "mg", "groups": [], "positions": [
                  {"id": "mg", "holder": "Haut et Court Distribution", "kind": "MG_RECOUPMENT", "amount": "100000.00",
                   "next": "rnpp", "contractId": "%s"},
                  {"id": "rnpp", "holder": "Les Films du Quai", "kind": "RNPP", "next": "director"},
                  {"id": "director", "holder": "Claire Vasseur (réalisatrice)", "kind": "AUTHOR_RNPP", "rate": "0.02", "next": "producer"},
                  {"id": "producer", "holder": "Les Films du Quai", "kind": "RESIDUAL"}]}}""".formatted(contract);
    }

    static JsonPath version(UUID production, String id) {
        return given().auth().oauth2(MANAGER).get("/productions/{p}/waterfalls/{w}", production, id).then().statusCode(200)
                .extract().jsonPath();
    }

    static String balance(JsonPath version, String position, String figure) {
        return version.getString("balances.find { it.positionId == '" + position + "' }." + figure + ".amount");
    }

    /**
     * By hand, on the simple version: the MG's 100,000.00 received enters at RNPP (director 2,000.00); 150,000.00 of
     * receipts recoup it and send 50,000.00 to RNPP (1,000.00): 3,000.00. Amended to 120,000.00, the version is
     * recomputed: the MG 2,000.00, then of the 150,000.00 the distributor recoups 120,000.00 and 30,000.00 reach RNPP
     * (600.00): 2,600.00. The amendment's 20,000.00, once received, counts as RNPP (400.00): 3,000.00 = 2% x (120,000.00
     * of MG + 30,000.00 beyond it). Left at 100,000.00 the 20,000.00 would have counted twice (3,400.00).
     */
    @Test
    void anAmendedMgIsWhatTheWaterfallRecoupsOnceWhateverTheRedeliveries() {
        UUID production = Fixtures.production(dataSource, "MG amendé");
        UUID contract = UUID.randomUUID();
        String simple = given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body(simpleVersion(contract))
                .post("/productions/{p}/waterfalls", production).then().statusCode(201)
                .body("definition.positions.find { it.id == 'mg' }.contractId", equalTo(contract.toString())).extract().path("id");
        String preset = given().auth().oauth2(MANAGER).contentType(ContentType.JSON)
                .body(WaterfallResourceTest.PRESET.replace("\"authors\"", "\"minimumGuaranteeContractId\": \"" + contract + "\", \"authors\""))
                .post("/productions/{p}/waterfall-presets/theatrical-france", production).then().statusCode(201)
                .body("definition.positions.find { it.id == 'mg' }.contractId", equalTo(contract.toString())).extract().path("id");

        UUID first = UUID.randomUUID();
        send(MgInstalmentReceivedTest.signed(production, contract, "Haut et Court Distribution", "DISTRIBUTOR",
                List.of("THEATRICAL"), List.of("FR")));
        send(MgInstalmentReceivedTest.received(production, contract, first, "100000.00", "2026-02-02"));
        Eventually.within(WAIT, () -> given().auth().oauth2(MANAGER).get("/productions/{p}/receipts", production).then()
                .statusCode(200).body("totalItems", equalTo(1)));
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body("""
                        {"receivedOn": "2026-03-10", "media": "THEATRICAL", "territory": "FR",
                         "gross": {"amount": "150000.00", "currency": "EUR"}, "admissions": null, "reference": "MG-AMENDED-W1"}""")
                .post("/productions/{p}/receipts", production).then().statusCode(201);
        JsonPath before = version(production, simple);
        assertEquals("100000.00", balance(before, "mg", "received"));
        assertEquals("3000.00", balance(before, "director", "entitlement"));
        int versionBefore = before.getInt("version");

        // the amendment, delivered twice, and re-sent under a new event id as a replay of distribution-service's outbox
        UUID second = UUID.randomUUID();
        List<Map<String, Object>> plan = List.of(instalment(first, 1, "100000.00", "RECEIVED"), instalment(second, 2, "20000.00", "DUE"));
        ObjectNode amended = amendment(production, contract, 1, "120000.00", "100000.00", plan, "EUR");
        send(amended);
        send(amended);
        ObjectNode replay = amended.deepCopy();
        replay.put("id", UUID.randomUUID().toString());
        send(replay);
        Eventually.within(WAIT, () -> assertEquals(1, Fixtures.count(dataSource,
                "select count(*) from processed_event where event_id = ?", replay.path("id").asText())));
        JsonPath after = version(production, simple);
        assertEquals("120000.00", after.getString("definition.positions.find { it.id == 'mg' }.amount"));
        assertEquals("120000.00", balance(after, "mg", "target"));
        assertEquals("120000.00", balance(after, "mg", "received"));
        assertEquals("2600.00", balance(after, "director", "entitlement"));
        assertEquals(versionBefore + 1, after.getInt("version"), "one change for one amendment, whatever the redeliveries");
        assertEquals("120000.00", balance(version(production, preset), "mg", "target"));
        assertEquals(1, Fixtures.count(dataSource, "select count(*) from audit_record where action = 'waterfall.mg-amended' "
                + "and entity_id = ?", simple));

        // the amendment's 20,000.00 received: RNPP at once, 400.00
        send(MgInstalmentReceivedTest.received(production, contract, second, "20000.00", "2026-03-25"));
        Eventually.within(WAIT, () -> assertEquals("3000.00", balance(version(production, simple), "director", "entitlement")));
        given().auth().oauth2(MANAGER).post("/productions/{p}/waterfalls/{w}/recompute", production, simple).then()
                .statusCode(200).body("sameAsIncremental", equalTo(true));

        // an MG amended in another currency than the waterfalls' is parked, and nothing changes
        ObjectNode dollars = amendment(production, contract, 2, "150000.00", "120000.00",
                List.of(instalment(first, 1, "100000.00", "RECEIVED")), "USD");
        send(dollars);
        Eventually.within(WAIT, () -> given().auth().oauth2(TestTokens.forRoles("auditor")).queryParam("size", 200)
                .get("/admin/dead-letters").then().statusCode(200).body("items.eventId", hasItem(dollars.path("id").asText())));
        assertEquals("120000.00", balance(version(production, simple), "mg", "target"));
    }
}
