package fr.bobine.budget.labour;

import static fr.bobine.budget.devis.BudgetApi.AUDITOR;
import static fr.bobine.budget.devis.BudgetApi.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.bobine.testing.BobineStack;
import fr.bobine.testing.Eventually;
import fr.bobine.testing.TestEvents;
import io.quarkus.test.junit.QuarkusTest;

/**
 * crew.labour.planned through the real broker into the cost report: the estimate to complete of the labour lines from
 * the published shooting schedule, planned against actual labour, a later plan replacing an earlier one, replays
 * changing nothing.
 */
@QuarkusTest
class LabourPlanHandlerTest {

    static final Duration WAIT = Duration.ofSeconds(30);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    /** weeks: contract id, week start, gross. */
    static ObjectNode planned(String productionId, UUID scheduleVersion, int number, String total, Object[]... weeks) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Object[] w : weeks) {
            list.add(TestEvents.map("contractId", w[0].toString(), "personId", UUID.randomUUID().toString(), "employeeNumber",
                    "S000042", "budgetLineCode", "2301", "weekStart", w[1], "hours", "48", "cachets", 0,
                    "components", List.of(Map.of("item", "BASE_HOURS", "code", "BASE", "quantity", "48",
                            "amount", Map.of("amount", w[2], "currency", "EUR"))),
                    "gross", Map.of("amount", w[2], "currency", "EUR")));
        }
        return TestEvents.event("/crew-service", LabourPlanHandler.LABOUR_PLANNED, productionId, TestEvents.map(
                "scheduleVersionId", scheduleVersion.toString(), "productionId", productionId, "versionNumber", number,
                "publishedAt", "2027-03-01T18:00:00Z", "weeks", list, "total", Map.of("amount", total, "currency", "EUR")));
    }

    static String line(String account) {
        return "lines.find { it.accountCode == '" + account + "' }.";
    }

    /**
     * Budget line 2301: 20 000.00, its charges row on account 42: 10 400.00 (52 %). A contract of 4 000.00 gross (charges
     * 6 080.00 − 4 000.00 = 2 080.00, a ratio of 0.52), planned by the schedule at 2 100.00 and 2 300.00 for its two weeks;
     * another contract, not booked in budget-service, planned at 1 000.00.
     */
    @Test
    void thePublishedScheduleIsTheEstimateToCompleteOfTheLabourLinesAndTheReportShowsPlannedAgainstActual() {
        String production = CrewCostHandlerTest.lockedProduction("Plan de travail", true);
        String topic = BobineStack.topic("crew");
        UUID contract = UUID.randomUUID();
        UUID unbooked = UUID.randomUUID();
        TestEvents.send(bootstrap, topic, CrewCostHandlerTest.contractSigned(production, contract, "2301", "4000.00", "0.00", "6080.00",
                "2027-04-05", "2027-04-18"));
        ObjectNode v1 = planned(production, UUID.randomUUID(), 1, "5400.00", new Object[] { contract, "2027-04-05", "2100.00" },
                new Object[] { contract, "2027-04-12", "2300.00" }, new Object[] { unbooked, "2027-04-05", "1000.00" });
        TestEvents.send(bootstrap, topic, v1);

        // 2301: planned to complete 2 100.00 + 2 300.00 = 4 400.00, committed 4 000.00: ETC 400.00, EFC 4 400.00
        // 42: planned charges 2 100.00 × 0.52 = 1 092.00 and 2 300.00 × 0.52 = 1 196.00, 2 288.00; committed 2 080.00: ETC 208.00
        Eventually.within(WAIT, () -> as(AUDITOR).get("/productions/{p}/cost-report", production).then().statusCode(200)
                .body(line("2301") + "figures.estimateToComplete.amount", equalTo("400.00")));
        as(AUDITOR).get("/productions/{p}/cost-report", production).then().statusCode(200)
                .body(line("2301") + "etcPlanned", equalTo(true))
                .body(line("2301") + "figures.estimatedFinalCost.amount", equalTo("4400.00"))
                .body(line("2301") + "figures.variance.amount", equalTo("15600.00"))
                .body(line("42") + "etcPlanned", equalTo(true))
                .body(line("42") + "figures.estimateToComplete.amount", equalTo("208.00"))
                .body(line("42") + "figures.estimatedFinalCost.amount", equalTo("2288.00"))
                .body("labour.scheduleVersionNumber", equalTo(1))
                .body("labour.weeks", hasSize(3))
                .body("labour.planned.amount", equalTo("5400.00"))
                .body("labour.plannedToComplete.amount", equalTo("5400.00"))
                .body("labour.weeks.find { it.contractId == '" + unbooked + "' }.lineKey", nullValue());

        // the first week approved at 2 150.00 (charges 2 150.00 × 2 080.00 / 4 000.00 = 1 118.00):
        // 2301 committed 4 000.00 − 2 150.00 = 1 850.00; planned to complete 2 300.00: ETC 450.00; EFC 2 150.00 + 1 850.00 + 450.00 = 4 450.00
        // 42 committed 2 080.00 − 1 118.00 = 962.00; planned to complete 1 196.00: ETC 234.00
        TestEvents.send(bootstrap, topic, CrewCostHandlerTest.timesheetApproved(production, contract, "2301", "2027-04-05", "2150.00"));
        Eventually.within(WAIT, () -> as(AUDITOR).get("/productions/{p}/cost-report", production).then().statusCode(200)
                .body(line("2301") + "figures.actual.amount", equalTo("2150.00")));
        as(AUDITOR).get("/productions/{p}/cost-report", production).then().statusCode(200)
                .body(line("2301") + "figures.estimateToComplete.amount", equalTo("450.00"))
                .body(line("2301") + "figures.estimatedFinalCost.amount", equalTo("4450.00"))
                .body(line("42") + "figures.estimateToComplete.amount", equalTo("234.00"))
                .body("labour.weeks.find { it.weekStart == '2027-04-05' && it.contractId == '" + contract + "' }.actual.amount",
                        equalTo("2150.00"))
                .body("labour.weeks.find { it.weekStart == '2027-04-05' && it.contractId == '" + contract + "' }.difference.amount",
                        equalTo("50.00"))
                .body("labour.weeks.find { it.weekStart == '2027-04-12' }.actual", nullValue())
                .body("labour.plannedOfApprovedWeeks.amount", equalTo("2100.00"))
                .body("labour.actual.amount", equalTo("2150.00"))
                .body("labour.plannedToComplete.amount", equalTo("3300.00"));

        // a replay under a new id, and another plan of the same version, change nothing; version 2 replaces the plan whole
        TestEvents.send(bootstrap, topic, CrewCostHandlerTest.renamed(v1));
        TestEvents.send(bootstrap, topic, planned(production, UUID.randomUUID(), 1, "9999.00",
                new Object[] { contract, "2027-04-12", "9999.00" }));
        // 2301: week 2 now planned at 2 500.00: ETC 2 500.00 − 1 850.00 = 650.00
        TestEvents.send(bootstrap, topic, planned(production, UUID.randomUUID(), 2, "4600.00",
                new Object[] { contract, "2027-04-05", "2100.00" }, new Object[] { contract, "2027-04-12", "2500.00" }));
        Eventually.within(WAIT, () -> as(AUDITOR).get("/productions/{p}/cost-report", production).then().statusCode(200)
                .body("labour.scheduleVersionNumber", equalTo(2)));
        as(AUDITOR).get("/productions/{p}/cost-report", production).then().statusCode(200)
                .body(line("2301") + "figures.estimateToComplete.amount", equalTo("650.00"))
                .body("labour.weeks.weekStart", contains("2027-04-05", "2027-04-12"))
                .body("labour.planned.amount", equalTo("4600.00"));
    }
}
