package fr.bobine.budget.labour;

import static fr.bobine.budget.devis.BudgetApi.AUDITOR;
import static fr.bobine.budget.devis.BudgetApi.MANAGER;
import static fr.bobine.budget.devis.BudgetApi.PRODUCER;
import static fr.bobine.budget.devis.BudgetApi.as;
import static fr.bobine.budget.devis.BudgetApi.line;
import static fr.bobine.budget.devis.BudgetApi.linesPath;
import static fr.bobine.budget.devis.BudgetApi.versionPath;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.bobine.budget.devis.BudgetApi;
import fr.bobine.testing.BobineStack;
import fr.bobine.testing.Eventually;
import fr.bobine.testing.TestEvents;
import io.quarkus.test.junit.QuarkusTest;

/** crew.contract.signed and crew.timesheet.approved, through the real broker, into the cost report: once each. */
@QuarkusTest
class CrewCostHandlerTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    static ObjectNode contractSigned(String productionId, UUID contractId, String lineCode, String gross) {
        return TestEvents.event("/crew-service", CrewCostHandler.CONTRACT_SIGNED, productionId, TestEvents.map(
                "contractId", contractId.toString(), "productionId", productionId, "personId", UUID.randomUUID().toString(),
                "employeeNumber", "E-0042", "positionCode", "CHEF-OP", "agreement", "IDCC_3097", "engagement", "WEEKLY",
                "startDate", "2027-04-05", "endDate", "2027-05-28", "budgetLineCode", lineCode,
                "committedGross", Map.of("amount", gross, "currency", "EUR"),
                "allowancesEstimate", Map.of("amount", "0.00", "currency", "EUR"),
                "employerCostEstimate", Map.of("amount", gross, "currency", "EUR"),
                "lowBudgetApplied", false, "signedAt", "2027-03-20T10:00:00Z"));
    }

    static ObjectNode timesheetApproved(String productionId, UUID contractId, String lineCode, String gross) {
        return TestEvents.event("/crew-service", CrewCostHandler.TIMESHEET_APPROVED, productionId, TestEvents.map(
                "timesheetId", UUID.randomUUID().toString(), "contractId", contractId.toString(), "productionId", productionId,
                "personId", UUID.randomUUID().toString(), "employeeNumber", "E-0042", "budgetLineCode", lineCode,
                "weekStart", "2027-04-05", "hours", "39", "cachets", 0,
                "components", List.of(Map.of("item", "base", "code", "BASE", "quantity", "39",
                        "amount", Map.of("amount", gross, "currency", "EUR"))),
                "gross", Map.of("amount", gross, "currency", "EUR"), "approvedAt", "2027-04-12T09:00:00Z"));
    }

    @Test
    void contractAndApprovedWeekAreBookedOnceOnTheLineTheyNameEvenWhenDeliveredTwice() {
        String production = BudgetApi.newProduction("Heures du Phare");
        String[] ids = BudgetApi.newCinemaBudget(production);
        // director of photography: 10 weeks x 2 000.00 = 20 000.00 (its social charges go to account 42)
        as(MANAGER).body(line("2301", "10", "2000.00", "EUR", null)).post(linesPath(), production, ids[0], ids[1])
                .then().statusCode(201);
        as(PRODUCER).post(versionPath() + "/approval", production, ids[0], ids[1]).then().statusCode(200);

        String topic = BobineStack.topic("crew");
        UUID contract = UUID.randomUUID();
        ObjectNode signed = contractSigned(production, contract, "2301", "18000.00");
        ObjectNode week = timesheetApproved(production, contract, "2301", "2000.00");
        TestEvents.send(bootstrap, topic, signed);
        TestEvents.send(bootstrap, topic, week);
        TestEvents.send(bootstrap, topic, signed);
        TestEvents.send(bootstrap, topic, week);
        // the same facts published again under new event ids (a relay replay) book nothing either
        ObjectNode replayed = signed.deepCopy();
        replayed.put("id", UUID.randomUUID().toString());
        TestEvents.send(bootstrap, topic, replayed);
        // a later week on the same key: once it shows, everything sent before it was applied
        TestEvents.send(bootstrap, topic, timesheetApproved(production, contract, "2301", "500.00"));

        // actual 2 000.00 + 500.00 = 2 500.00; committed 18 000.00 - 2 500.00 = 15 500.00;
        // cost to date 18 000.00; ETC 20 000.00 - 18 000.00 = 2 000.00; EFC 20 000.00
        Eventually.within(Duration.ofSeconds(30), () -> as(AUDITOR).get("/productions/{p}/cost-report", production).then()
                .statusCode(200).body("lines.find { it.accountCode == '2301' }.figures.actual.amount", equalTo("2500.00")));
        as(AUDITOR).get("/productions/{p}/cost-report", production).then().statusCode(200)
                .body("lines.find { it.accountCode == '2301' }.figures.committed.amount", equalTo("15500.00"))
                .body("lines.find { it.accountCode == '2301' }.figures.costToDate.amount", equalTo("18000.00"))
                .body("lines.find { it.accountCode == '2301' }.figures.estimateToComplete.amount", equalTo("2000.00"))
                .body("lines.find { it.accountCode == '2301' }.figures.estimatedFinalCost.amount", equalTo("20000.00"));
    }
}
