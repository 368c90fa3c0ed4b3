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

/**
 * distribution.mg.instalment.received from distribution-service's topic, through the real broker: the MG or pre-sale
 * the producer received is a receipt that counts as RNPP at once (protocol of 16/12/2010, art. 3.2), once per
 * instalment.
 */
@QuarkusTest
class MgInstalmentReceivedTest {

    static final String MANAGER = TestTokens.forRoles("rights-manager");
    static final Duration WAIT = Duration.ofSeconds(30);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    DataSource dataSource;

    static Map<String, Object> money(String amount) {
        return TestEvents.map("amount", amount, "currency", "EUR");
    }

    static ObjectNode signed(UUID production, UUID contract, String counterparty, String kind, List<String> media,
            List<String> territories) {
        return TestEvents.event("/distribution-service", "distribution.contract.signed", production.toString(), TestEvents.map(
                "contractId", contract.toString(), "productionId", production.toString(), "counterpartyName", counterparty,
                "counterpartyKind", kind, "signedOn", "2026-01-20",
                "rightsBlocks", List.of(TestEvents.map("media", media, "territories", territories, "languages", List.of("fr"),
                        "termStart", "2026-03-04", "termEnd", "2036-03-03", "exclusive", true, "holdbacks", List.of())),
                "minimumGuarantee", money("100000.00"), "instalments", List.of(), "commissionRate", "0.300000", "expenseCap", null,
                "reportingFrequency", "YEARLY"));
    }

    static ObjectNode received(UUID production, UUID contract, UUID instalment, String amount, String on) {
        return TestEvents.event("/distribution-service", "distribution.mg.instalment.received", production.toString(),
                TestEvents.map("instalmentId", instalment.toString(), "contractId", contract.toString(),
                        "productionId", production.toString(), "counterpartyName", "Haut et Court Distribution",
                        "label", "MG on signature", "amount", money(amount), "dueOn", "2026-01-20", "receivedOn", on));
    }

    void send(ObjectNode event) {
        TestEvents.send(bootstrap, BobineStack.topic("distribution"), event.path("subject").asText(), event.toString());
    }

    @Test
    void anMgInstalmentReceivedTwiceIsOneReceiptThatCountsAsRnppAtOnce() {
        UUID production = Fixtures.production(dataSource, "MG de Haut et Court");
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body(WaterfallResourceTest.PRESET)
                .post("/productions/{p}/waterfall-presets/theatrical-france", production).then().statusCode(201);
        UUID contract = UUID.randomUUID();
        UUID instalment = UUID.randomUUID();
        send(signed(production, contract, "Haut et Court Distribution", "DISTRIBUTOR", List.of("THEATRICAL", "VIDEO"), List.of("FR", "BE")));
        ObjectNode first = received(production, contract, instalment, "40000.00", "2026-02-02");
        send(first);
        send(first);
        // the same instalment under a new event id, as a replay of distribution-service's outbox would send it
        send(received(production, contract, instalment, "40000.00", "2026-02-02"));
        Eventually.within(WAIT, () -> given().auth().oauth2(MANAGER).get("/productions/{p}/receipts", production).then()
                .statusCode(200).body("totalItems", equalTo(1)));
        // a theatrical and video licence for France and Belgium: stated as THEATRICAL in FR, an MG of the financing plan;
        // 40,000.00 enters at RNPP: the director's 2% = 800.00, the producer 39,200.00
        given().auth().oauth2(MANAGER).get("/productions/{p}/receipts", production).then().statusCode(200)
                .body("items[0].source", equalTo("MG_INSTALMENT"))
                .body("items[0].kind", equalTo("MINIMUM_GUARANTEE"))
                .body("items[0].inFinancingPlan", equalTo(true))
                .body("items[0].media", equalTo("THEATRICAL"))
                .body("items[0].territory", equalTo("FR"))
                .body("items[0].reference", equalTo("mg-instalment:" + instalment))
                .body("items[0].allocations.find { it.positionId == 'author-1' }.amount.amount", equalTo("800.00"))
                .body("items[0].allocations.find { it.positionId == 'producer' }.amount.amount", equalTo("39200.00"));
        assertEquals(1, Fixtures.count(dataSource, "select count(*) from receipt where source_ref = ?", "mg-instalment:" + instalment));
    }

    @Test
    void anInstalmentOfAContractNotKnownHereIsParked() {
        UUID production = Fixtures.production(dataSource, "MG sans contrat");
        ObjectNode orphan = received(production, UUID.randomUUID(), UUID.randomUUID(), "1000.00", "2026-02-02");
        send(orphan);
        Eventually.within(WAIT, () -> given().auth().oauth2(TestTokens.forRoles("auditor")).queryParam("size", 200)
                .get("/admin/dead-letters").then().statusCode(200).body("items.eventId", hasItem(orphan.path("id").asText())));
        assertEquals(0, Fixtures.count(dataSource, "select count(*) from receipt where production_id = ?", production));
    }
}
