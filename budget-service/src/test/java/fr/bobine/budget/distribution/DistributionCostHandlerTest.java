package fr.bobine.budget.distribution;

import static fr.bobine.budget.devis.BudgetApi.AUDITOR;
import static fr.bobine.budget.devis.BudgetApi.MANAGER;
import static fr.bobine.budget.devis.BudgetApi.PRODUCER;
import static fr.bobine.budget.devis.BudgetApi.as;
import static fr.bobine.budget.devis.BudgetApi.line;
import static fr.bobine.budget.devis.BudgetApi.linesPath;
import static fr.bobine.budget.devis.BudgetApi.versionPath;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.bobine.budget.devis.BudgetApi;
import fr.bobine.testing.BobineStack;
import fr.bobine.testing.Eventually;
import fr.bobine.testing.TestEvents;
import fr.bobine.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

/** distribution.cost.incurred, through the real broker, into the cost report: once per cost, on the mapped line. */
@QuarkusTest
class DistributionCostHandlerTest {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final String ACCOUNTANT = TestTokens.forRoles("accountant");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    DataSource dataSource;

    static ObjectNode costIncurred(String productionId, UUID costId, String amount, String description) {
        return TestEvents.event("/distribution-service", DistributionCostHandler.COST_INCURRED, productionId, TestEvents.map(
                "costId", costId.toString(), "productionId", productionId, "category", "FESTIVAL_FEE",
                "description", description, "amount", Map.of("amount", amount, "currency", "EUR"),
                "incurredOn", "2027-09-01", "submissionId", UUID.randomUUID().toString()));
    }

    List<String> sources(String production, String account) throws Exception {
        List<String> out = new ArrayList<>();
        try (var c = dataSource.getConnection(); var q = c.prepareStatement("""
                select ce.source || ' ' || ce.kind || ' ' || ce.amount from cost_entry ce
                where ce.production_id = ? and ce.lineage in (select lineage from budget_line where account_code = ?)
                order by ce.amount""")) {
            q.setObject(1, UUID.fromString(production));
            q.setString(2, account);
            try (var rs = q.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    @Test
    void aFestivalFeeIsAnActualOnThePromotionLineOnceEvenDeliveredTwiceOrUnderANewEventId() throws Exception {
        String production = BudgetApi.newProduction("Festivals du Phare");
        String[] ids = BudgetApi.newCinemaBudget(production);
        // promotion: 1 x 15 000.00 on account 92, the account FESTIVAL_FEE is mapped to
        as(MANAGER).body(line("92", "1", "15000.00", "EUR", null)).post(linesPath(), production, ids[0], ids[1])
                .then().statusCode(201);
        as(PRODUCER).post(versionPath() + "/approval", production, ids[0], ids[1]).then().statusCode(200);

        String topic = BobineStack.topic("distribution");
        ObjectNode venice = costIncurred(production, UUID.randomUUID(), "450.00", "Mostra de Venise, inscription");
        TestEvents.send(bootstrap, topic, venice);
        TestEvents.send(bootstrap, topic, venice);
        ObjectNode replayed = venice.deepCopy();
        replayed.put("id", UUID.randomUUID().toString());
        TestEvents.send(bootstrap, topic, replayed);
        // a later cost on the same key: once it shows, everything sent before it was applied
        TestEvents.send(bootstrap, topic, costIncurred(production, UUID.randomUUID(), "120.00", "Clermont-Ferrand"));

        // actual 450.00 + 120.00 = 570.00; ETC 15 000.00 - 570.00 = 14 430.00; EFC 15 000.00
        Eventually.within(WAIT, () -> as(AUDITOR).get("/productions/{p}/cost-report", production).then().statusCode(200)
                .body("lines.find { it.accountCode == '92' }.figures.actual.amount", equalTo("570.00")));
        as(AUDITOR).get("/productions/{p}/cost-report", production).then().statusCode(200)
                .body("lines.find { it.accountCode == '92' }.figures.committed.amount", equalTo("0.00"))
                .body("lines.find { it.accountCode == '92' }.figures.estimateToComplete.amount", equalTo("14430.00"))
                .body("lines.find { it.accountCode == '92' }.figures.estimatedFinalCost.amount", equalTo("15000.00"));
        assertEquals(List.of("DISTRIBUTION ACTUAL 120.00", "DISTRIBUTION ACTUAL 450.00"), sources(production, "92"));
    }

    @Test
    void aCostWithoutLockedBudgetOrWithoutMappedLineIsParkedWithTheReason() {
        String topic = BobineStack.topic("distribution");
        String draftOnly = BudgetApi.newProduction("Festival sans devis");
        BudgetApi.newCinemaBudget(draftOnly);
        ObjectNode noBudget = costIncurred(draftOnly, UUID.randomUUID(), "300.00", "Cannes");
        TestEvents.send(bootstrap, topic, noBudget);

        String noLine = BudgetApi.newProduction("Festival sans ligne");
        String[] ids = BudgetApi.newCinemaBudget(noLine);
        as(MANAGER).body(line("71", "1", "1000.00", "EUR", null)).post(linesPath(), noLine, ids[0], ids[1])
                .then().statusCode(201);
        as(PRODUCER).post(versionPath() + "/approval", noLine, ids[0], ids[1]).then().statusCode(200);
        ObjectNode unmapped = costIncurred(noLine, UUID.randomUUID(), "300.00", "Berlin");
        TestEvents.send(bootstrap, topic, unmapped);

        Eventually.within(WAIT, () -> as(AUDITOR).queryParam("size", 200).get("/admin/dead-letters").then()
                .statusCode(200).body("items.eventId", hasItem(noBudget.path("id").asText()))
                .body("items.eventId", hasItem(unmapped.path("id").asText()))
                .body("items.find { it.eventId == '" + noBudget.path("id").asText() + "' }.reason",
                        equalTo("distribution.cost.incurred for cost " + noBudget.path("data").path("costId").asText()
                                + ": production " + draftOnly + " has no locked budget"))
                .body("items.find { it.eventId == '" + unmapped.path("id").asText() + "' }.reason",
                        equalTo("distribution.cost.incurred for cost " + unmapped.path("data").path("costId").asText()
                                + ": the locked budget has no line under account 92, where category FESTIVAL_FEE is booked")));
    }

    @Test
    void theMappingIsEditableToAnAccountOfTheTemplate() {
        as(AUDITOR).get("/distribution-cost-mappings").then().statusCode(200)
                .body("items.find { it.templateCode == 'CNC-CINEMA' && it.category == 'FESTIVAL_FEE' }.budgetAccountCode",
                        equalTo("92"));
        as(ACCOUNTANT).body("{\"budgetAccountCode\": \"999\"}").put("/distribution-cost-mappings/{t}/{c}", "CNC-CINEMA",
                "DELIVERY").then().statusCode(422).contentType("application/problem+json");
        as(ACCOUNTANT).body("{\"budgetAccountCode\": \"86\"}").put("/distribution-cost-mappings/{t}/{c}", "NO-SUCH",
                "DELIVERY").then().statusCode(404);
        as(AUDITOR).body("{\"budgetAccountCode\": \"86\"}").put("/distribution-cost-mappings/{t}/{c}", "CNC-CINEMA",
                "DELIVERY").then().statusCode(403);
        // delivery of masters goes to 86 "Masters et livrables"
        as(ACCOUNTANT).body("{\"budgetAccountCode\": \"86\"}").put("/distribution-cost-mappings/{t}/{c}", "CNC-CINEMA",
                "DELIVERY").then().statusCode(200).body("budgetAccountCode", equalTo("86"));
    }
}
