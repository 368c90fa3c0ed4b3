package fr.bobine.budget.financing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.bobine.testing.BobineStack;
import fr.bobine.testing.Eventually;
import fr.bobine.testing.TestEvents;
import fr.bobine.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** distribution.contract.signed, through the real broker, into the financing plan: once per contract. */
@QuarkusTest
class DistributionContractHandlerTest {

    static final String PRODUCER = TestTokens.forRoles("producer");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    static String createProduction() {
        return given().auth().oauth2(PRODUCER).contentType(ContentType.JSON).body("""
                {"title": "Le Minimum Garanti", "kind": "FEATURE_FILM",
                 "delegatedProducer": {"name": "Les Films du Quai", "siret": "73282932000074"}}""")
                .post("/productions").then().statusCode(201).extract().path("id");
    }

    static ObjectNode contractSigned(String productionId, UUID contractId, String mg, List<Map<String, Object>> instalments) {
        return TestEvents.event("/distribution-service", "distribution.contract.signed", productionId, TestEvents.map(
                "contractId", contractId.toString(), "productionId", productionId,
                "counterpartyName", "Pyramide Distribution", "counterpartyKind", "DISTRIBUTOR", "signedOn", "2026-11-20",
                "rightsBlocks", List.of(),
                "minimumGuarantee", mg == null ? null : Map.of("amount", mg, "currency", "EUR"),
                "instalments", instalments, "commissionRate", "0.300000", "expenseCap", null, "reportingFrequency", "QUARTERLY"));
    }

    static Map<String, Object> instalment(int position, String dueOn, String amount) {
        return TestEvents.map("id", UUID.randomUUID().toString(), "position", position, "label", "instalment " + position,
                "trigger", "ON_DATE", "share", "0.500000", "amount", Map.of("amount", amount, "currency", "EUR"),
                "status", "SCHEDULED", "dueOn", dueOn);
    }

    @Test
    void signedContractMinimumGuaranteeBecomesOneConfirmedSourceEvenWhenDeliveredAgain() {
        String productionId = createProduction();
        UUID contractId = UUID.randomUUID();
        ObjectNode signed = contractSigned(productionId, contractId, "150000.00",
                List.of(instalment(1, "2026-11-20", "30000.00"), instalment(2, "2027-09-01", "120000.00")));
        String topic = BobineStack.topic("distribution");
        TestEvents.send(bootstrap, topic, signed);
        TestEvents.send(bootstrap, topic, signed);
        // The same contract published again under a new event id (a relay replay) books nothing either.
        ObjectNode republished = signed.deepCopy();
        republished.put("id", UUID.randomUUID().toString());
        TestEvents.send(bootstrap, topic, republished);
        // A marker on the same key comes after them: once it is applied, so were they.
        UUID markerContract = UUID.randomUUID();
        TestEvents.send(bootstrap, topic, contractSigned(productionId, markerContract, "1000.00", List.of()));

        Eventually.within(Duration.ofSeconds(30), () -> given().auth().oauth2(PRODUCER)
                .get("/productions/{id}/financing-plan", productionId).then().statusCode(200)
                .body("sources", hasSize(2)));
        given().auth().oauth2(PRODUCER).get("/productions/{id}/financing-plan", productionId).then().statusCode(200)
                .body("sources.find { it.amount.amount == '150000.00' }.kind", equalTo("DISTRIBUTOR_MINIMUM_GUARANTEE"))
                .body("sources.find { it.amount.amount == '150000.00' }.status", equalTo("CONFIRMED"))
                .body("sources.find { it.amount.amount == '150000.00' }.financier", equalTo("Pyramide Distribution"))
                .body("sources.find { it.amount.amount == '150000.00' }.instalments.dueDate",
                        equalTo(List.of("2026-11-20", "2027-09-01")))
                .body("confirmed.amount", equalTo("151000.00"));
    }

    @Test
    void contractWithoutMinimumGuaranteeChangesNothing() {
        String productionId = createProduction();
        String topic = BobineStack.topic("distribution");
        TestEvents.send(bootstrap, topic, contractSigned(productionId, UUID.randomUUID(), null, List.of()));
        TestEvents.send(bootstrap, topic, contractSigned(productionId, UUID.randomUUID(), "2500.00", List.of()));
        Eventually.within(Duration.ofSeconds(30), () -> given().auth().oauth2(PRODUCER)
                .get("/productions/{id}/financing-plan", productionId).then().statusCode(200)
                .body("sources", hasSize(1))
                .body("sources[0].amount.amount", equalTo("2500.00")));
    }
}
