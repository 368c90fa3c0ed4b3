package fr.bobine.budget.financing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.bobine.testing.BobineStack;
import fr.bobine.testing.Eventually;
import fr.bobine.testing.TestEvents;
import fr.bobine.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

/**
 * distribution.contract.amended, through the real broker, into the financing plan: the amended MG of a distribution
 * contract reaches its financing source once, whatever the deliveries, and an older amendment never undoes a later one;
 * one that comes before the amendment it follows is parked until that one is in.
 */
@QuarkusTest
class DistributionContractAmendedTest {

    static final String PRODUCER = TestTokens.forRoles("producer");
    static final String AUDITOR = TestTokens.forRoles("auditor");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    DataSource dataSource;

    static Map<String, Object> money(String amount) {
        return Map.of("amount", amount, "currency", "EUR");
    }

    static Map<String, Object> instalment(int position, String status, String dueOn, String amount) {
        return TestEvents.map("id", UUID.randomUUID().toString(), "position", position, "label", "instalment " + position,
                "trigger", dueOn == null ? "ON_DELIVERY" : "ON_DATE", "share", "0.500000", "amount", money(amount),
                "status", status, "dueOn", dueOn, "receivedOn", null);
    }

    static ObjectNode amended(String productionId, UUID contractId, UUID amendmentId, int number, String mg, String previous,
            List<Map<String, Object>> instalments) {
        return TestEvents.event("/distribution-service", "distribution.contract.amended", productionId, TestEvents.map(
                "amendmentId", amendmentId.toString(), "contractId", contractId.toString(), "productionId", productionId,
                "number", number, "signedOn", "2027-01-15", "reason", "MG relevé après Cannes",
                "changes", List.of("minimumGuarantee"), "counterpartyName", "Pyramide Distribution", "counterpartyKind", "DISTRIBUTOR",
                "rightsBlocks", List.of(), "minimumGuarantee", mg == null ? null : money(mg),
                "previousMinimumGuarantee", previous == null ? null : money(previous), "instalments", instalments,
                "commissionRate", "0.300000", "expenseCap", null, "reportingFrequency", "QUARTERLY"));
    }

    long amendAudits(UUID contractId) throws SQLException {
        try (var c = dataSource.getConnection(); var q = c.prepareStatement(
                "select count(*) from audit_record where action = 'financing.source.amend' and entity_id = ?")) {
            q.setString(1, DistributionContractHandler.sourceIdOf(contractId).toString());
            try (var rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void anAmendedMgReachesTheFinancingSourceOnceAndAnOlderAmendmentNeverUndoesALaterOne() throws SQLException {
        String productionId = DistributionContractHandlerTest.createProduction();
        UUID contractId = UUID.randomUUID();
        String topic = BobineStack.topic("distribution");
        TestEvents.send(bootstrap, topic, DistributionContractHandlerTest.contractSigned(productionId, contractId, "150000.00",
                List.of(DistributionContractHandlerTest.instalment(1, "2026-11-20", "30000.00"),
                        DistributionContractHandlerTest.instalment(2, "2027-09-01", "120000.00"))));
        // Amendment 1: MG 150,000.00 -> 180,000.00; 30,000.00 fell due, 150,000.00 on 2027-09-01.
        UUID first = UUID.randomUUID();
        ObjectNode raised = amended(productionId, contractId, first, 1, "180000.00", "150000.00",
                List.of(instalment(1, "DUE", "2026-11-20", "30000.00"), instalment(2, "SCHEDULED", "2027-09-01", "150000.00")));
        TestEvents.send(bootstrap, topic, raised);
        TestEvents.send(bootstrap, topic, raised);
        ObjectNode replayed = raised.deepCopy();
        replayed.put("id", UUID.randomUUID().toString());
        TestEvents.send(bootstrap, topic, replayed);
        // Amendment 2: lowered to 160,000.00, the second instalment now due on delivery (not dated)
        ObjectNode lowered = amended(productionId, contractId, UUID.randomUUID(), 2, "160000.00", "180000.00",
                List.of(instalment(1, "DUE", "2026-11-20", "30000.00"), instalment(2, "SCHEDULED", null, "130000.00")));
        TestEvents.send(bootstrap, topic, lowered);
        // amendment 1 delivered again after amendment 2, under yet another event id: it must not bring 180,000.00 back
        ObjectNode late = raised.deepCopy();
        late.put("id", UUID.randomUUID().toString());
        TestEvents.send(bootstrap, topic, late);
        // a marker on the same key: once it is in, the events before it were applied
        TestEvents.send(bootstrap, topic, DistributionContractHandlerTest.contractSigned(productionId, UUID.randomUUID(), "1000.00", List.of()));

        Eventually.within(Duration.ofSeconds(30), () -> given().auth().oauth2(PRODUCER)
                .get("/productions/{id}/financing-plan", productionId).then().statusCode(200).body("sources", hasSize(2)));
        given().auth().oauth2(PRODUCER).get("/productions/{id}/financing-plan", productionId).then().statusCode(200)
                .body("sources.find { it.financier == 'Pyramide Distribution' && it.amount.amount != '1000.00' }.amount.amount",
                        equalTo("160000.00"))
                .body("sources.find { it.amount.amount == '160000.00' }.status", equalTo("CONFIRMED"))
                .body("sources.find { it.amount.amount == '160000.00' }.instalments", hasSize(0))
                .body("confirmed.amount", equalTo("161000.00"));
        assertEquals(2, amendAudits(contractId), "amendments 1 and 2, each once");
    }

    @Test
    void anMgThatAppearsByAmendmentEntersTheFinancingPlan() {
        String productionId = DistributionContractHandlerTest.createProduction();
        UUID contractId = UUID.randomUUID();
        String topic = BobineStack.topic("distribution");
        TestEvents.send(bootstrap, topic, DistributionContractHandlerTest.contractSigned(productionId, contractId, null, List.of()));
        TestEvents.send(bootstrap, topic, amended(productionId, contractId, UUID.randomUUID(), 1, "25000.00", null,
                List.of(instalment(1, "DUE", "2027-01-15", "25000.00"))));
        Eventually.within(Duration.ofSeconds(30), () -> given().auth().oauth2(PRODUCER)
                .get("/productions/{id}/financing-plan", productionId).then().statusCode(200)
                .body("sources", hasSize(1))
                .body("sources[0].amount.amount", equalTo("25000.00"))
                .body("sources[0].kind", equalTo("DISTRIBUTOR_MINIMUM_GUARANTEE"))
                .body("sources[0].instalments.dueDate", equalTo(List.of("2027-01-15"))));
    }

    @Test
    void anAmendmentAheadOfTheNextNumberIsParkedAndAppliesOnRetryAfterTheOneBeforeIt() throws SQLException {
        String productionId = DistributionContractHandlerTest.createProduction();
        UUID contractId = UUID.randomUUID();
        String topic = BobineStack.topic("distribution");
        TestEvents.send(bootstrap, topic, DistributionContractHandlerTest.contractSigned(productionId, contractId, "100000.00",
                List.of(DistributionContractHandlerTest.instalment(1, "2026-11-20", "40000.00"),
                        DistributionContractHandlerTest.instalment(2, "2027-09-01", "60000.00"))));
        // Amendment 2 first: MG 120,000.00 -> 130,000.00. Budget holds the contract as signed (no amendment applied):
        // 2 is one ahead of the next number, 1, so it is parked and the source stays at 100,000.00.
        ObjectNode second = amended(productionId, contractId, UUID.randomUUID(), 2, "130000.00", "120000.00",
                List.of(instalment(1, "DUE", "2026-11-20", "40000.00"), instalment(2, "SCHEDULED", "2027-09-01", "90000.00")));
        TestEvents.send(bootstrap, topic, second);
        Eventually.within(Duration.ofSeconds(30), () -> given().auth().oauth2(AUDITOR).queryParam("size", 200)
                .get("/admin/dead-letters").then().statusCode(200).body("items.eventId", hasItem(second.path("id").asText())));
        given().auth().oauth2(PRODUCER).get("/productions/{id}/financing-plan", productionId).then().statusCode(200)
                .body("sources[0].amount.amount", equalTo("100000.00"));
        // Amendment 1: MG 100,000.00 -> 120,000.00; 40,000.00 fell due, the 60,000.00 scheduled becomes 80,000.00.
        TestEvents.send(bootstrap, topic, amended(productionId, contractId, UUID.randomUUID(), 1, "120000.00", "100000.00",
                List.of(instalment(1, "DUE", "2026-11-20", "40000.00"), instalment(2, "SCHEDULED", "2027-09-01", "80000.00"))));
        Eventually.within(Duration.ofSeconds(30), () -> given().auth().oauth2(PRODUCER)
                .get("/productions/{id}/financing-plan", productionId).then().statusCode(200)
                .body("sources[0].amount.amount", equalTo("120000.00"))
                .body("sources[0].instalments.amount.amount", equalTo(List.of("40000.00", "80000.00"))));
        // the parked amendment 2 retried: now next in order, it applies: 40,000.00 + 90,000.00 = 130,000.00
        long parked = given().auth().oauth2(AUDITOR).queryParam("size", 200).get("/admin/dead-letters").then().extract()
                .jsonPath().getLong("items.find { it.eventId == '" + second.path("id").asText() + "' }.id");
        given().auth().oauth2(PRODUCER).post("/admin/dead-letters/{id}/retry", parked).then().statusCode(200);
        given().auth().oauth2(PRODUCER).get("/productions/{id}/financing-plan", productionId).then().statusCode(200)
                .body("sources[0].amount.amount", equalTo("130000.00"))
                .body("sources[0].instalments.amount.amount", equalTo(List.of("40000.00", "90000.00")));
        given().auth().oauth2(AUDITOR).queryParam("size", 200).get("/admin/dead-letters").then().statusCode(200)
                .body("items.eventId", not(hasItem(second.path("id").asText())));
        assertEquals(2, amendAudits(contractId), "amendments 1 and 2, each once");
    }
}
