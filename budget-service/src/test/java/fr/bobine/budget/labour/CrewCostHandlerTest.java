package fr.bobine.budget.labour;

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
import static org.junit.jupiter.api.Assertions.assertTrue;

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

import fr.bobine.budget.devis.BudgetApi;
import fr.bobine.testing.BobineStack;
import fr.bobine.testing.Eventually;
import fr.bobine.testing.TestEvents;
import io.quarkus.test.junit.QuarkusTest;

/**
 * crew.contract.signed, crew.timesheet.approved and crew.contract.cancelled, through the real broker, into the cost
 * report: gross and employer charges, once each, whatever the redelivery.
 */
@QuarkusTest
public class CrewCostHandlerTest {

    static final Duration WAIT = Duration.ofSeconds(30);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    DataSource dataSource;

    public static ObjectNode contractSigned(String productionId, UUID contractId, String lineCode, String gross,
            String allowances, String employerCost, String start, String end) {
        return TestEvents.event("/crew-service", CrewCostHandler.CONTRACT_SIGNED, productionId, TestEvents.map(
                "contractId", contractId.toString(), "productionId", productionId, "personId", UUID.randomUUID().toString(),
                "employeeNumber", "E-0042", "positionCode", "CHEF-OP", "agreement", "IDCC_3097", "engagement", "WEEKLY",
                "startDate", start, "endDate", end, "budgetLineCode", lineCode,
                "committedGross", Map.of("amount", gross, "currency", "EUR"),
                "allowancesEstimate", Map.of("amount", allowances, "currency", "EUR"),
                "employerCostEstimate", Map.of("amount", employerCost, "currency", "EUR"),
                "lowBudgetApplied", false, "signedAt", "2027-03-20T10:00:00Z"));
    }

    public static ObjectNode timesheetApproved(String productionId, UUID contractId, String lineCode, String weekStart,
            String gross) {
        return TestEvents.event("/crew-service", CrewCostHandler.TIMESHEET_APPROVED, productionId, TestEvents.map(
                "timesheetId", UUID.randomUUID().toString(), "contractId", contractId.toString(), "productionId", productionId,
                "personId", UUID.randomUUID().toString(), "employeeNumber", "E-0042", "budgetLineCode", lineCode,
                "weekStart", weekStart, "hours", "39", "cachets", 0,
                "components", List.of(Map.of("item", "base", "code", "BASE", "quantity", "39",
                        "amount", Map.of("amount", gross, "currency", "EUR"))),
                "gross", Map.of("amount", gross, "currency", "EUR"), "approvedAt", "2027-04-12T09:00:00Z"));
    }

    public static ObjectNode contractCancelled(String productionId, UUID contractId, String lineCode, String released) {
        return TestEvents.event("/crew-service", CrewCostHandler.CONTRACT_CANCELLED, productionId, TestEvents.map(
                "contractId", contractId.toString(), "productionId", productionId, "personId", UUID.randomUUID().toString(),
                "budgetLineCode", lineCode, "previousStatus", "SIGNED",
                "releasedCommitment", Map.of("amount", released, "currency", "EUR"),
                "reason", "tournage raccourci", "cancelledAt", "2027-04-20T08:00:00Z"));
    }

    public static ObjectNode contractAmended(String productionId, UUID contractId, String lineCode, int number,
            String effectiveFrom, String endDate, String gross, String allowances, String employerCost, String previousGross,
            String previousCost) {
        return TestEvents.event("/crew-service", CrewCostHandler.CONTRACT_AMENDED, productionId, TestEvents.map(
                "contractId", contractId.toString(), "productionId", productionId, "personId", UUID.randomUUID().toString(),
                "employeeNumber", "E-0042", "amendmentNumber", number, "effectiveFrom", effectiveFrom,
                "signedOn", "2027-04-01", "budgetLineCode", lineCode, "startDate", "2027-04-05", "endDate", endDate,
                "previousEndDate", "2027-05-28", "rate", Map.of("amount", "2250.00", "currency", "EUR"),
                "previousRate", Map.of("amount", "2250.00", "currency", "EUR"),
                "committedGross", Map.of("amount", gross, "currency", "EUR"),
                "allowancesEstimate", Map.of("amount", allowances, "currency", "EUR"),
                "employerCostEstimate", Map.of("amount", employerCost, "currency", "EUR"),
                "previousCommittedGross", Map.of("amount", previousGross, "currency", "EUR"),
                "previousEmployerCostEstimate", Map.of("amount", previousCost, "currency", "EUR"),
                "committedGrossChange", Map.of("amount", new java.math.BigDecimal(gross).subtract(
                        new java.math.BigDecimal(previousGross)).toPlainString(), "currency", "EUR"),
                "employerCostChange", Map.of("amount", new java.math.BigDecimal(employerCost).subtract(
                        new java.math.BigDecimal(previousCost)).toPlainString(), "currency", "EUR"),
                "lowBudgetApplied", false, "reason", "avenant " + number, "amendedAt", "2027-04-10T10:00:00Z"));
    }

    /** The same event under a new id: what a relay replaying its outbox would send. */
    static ObjectNode renamed(ObjectNode event) {
        ObjectNode copy = event.deepCopy();
        copy.put("id", UUID.randomUUID().toString());
        return copy;
    }

    /**
     * A production whose locked budget has one salary line, 2301 (10 weeks x 2 000.00 = 20 000.00). When the devis
     * computes its charges (intermittent technician, 52 %), they make the row of account 42 (10 400.00); otherwise the
     * line is marked as bearing no charges and the budget has no row or line under 42.
     */
    static String lockedProduction(String title, boolean devisComputesCharges) {
        String production = BudgetApi.newProduction(title);
        String[] ids = BudgetApi.newCinemaBudget(production);
        as(MANAGER).body(line("2301", "10", "2000.00", "EUR", devisComputesCharges ? null : "\"fringeCategory\": \"NONE\""))
                .post(linesPath(), production, ids[0], ids[1]).then().statusCode(201);
        as(PRODUCER).post(versionPath() + "/approval", production, ids[0], ids[1]).then().statusCode(200);
        return production;
    }

    @Test
    void grossAndChargesOfContractsWeeksAndACancellationAreBookedOnceWhateverTheRedelivery() {
        String production = lockedProduction("Heures du Phare", true);
        String topic = BobineStack.topic("crew");
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        // contract 1: gross 18 000.00, allowances 600.00, employer cost 27 960.00 -> charges 9 360.00 (ratio 0.52)
        ObjectNode signed = contractSigned(production, first, "2301", "18000.00", "600.00", "27960.00", "2027-04-05",
                "2027-05-28");
        // weeks of 2 000.00 and 500.00 -> charges 1 040.00 and 260.00
        ObjectNode week1 = timesheetApproved(production, first, "2301", "2027-04-05", "2000.00");
        ObjectNode week2 = timesheetApproved(production, first, "2301", "2027-04-12", "500.00");
        // contract 2: gross 4 000.00, employer cost 6 080.00 -> charges 2 080.00; one week of 1 000.00 (charges 520.00),
        // then cancelled: 3 000.00 gross and 1 560.00 charges released
        ObjectNode signed2 = contractSigned(production, second, "2301", "4000.00", "0.00", "6080.00", "2027-04-05",
                "2027-04-30");
        ObjectNode week21 = timesheetApproved(production, second, "2301", "2027-04-05", "1000.00");
        ObjectNode cancelled = contractCancelled(production, second, "2301", "6080.00");
        List<ObjectNode> all = List.of(signed, week1, week2, signed2, week21, cancelled);
        all.forEach(e -> TestEvents.send(bootstrap, topic, e));
        // every event again (same ids), then under new ids (a relay replay)
        all.forEach(e -> TestEvents.send(bootstrap, topic, e));
        all.forEach(e -> TestEvents.send(bootstrap, topic, renamed(e)));
        // a last week on the same key: once it shows, everything sent before it was applied. 100.00 -> charges 52.00
        TestEvents.send(bootstrap, topic, timesheetApproved(production, first, "2301", "2027-04-19", "100.00"));

        // salary line 2301: commitments 18 000.00 + 4 000.00 − 3 000.00 released = 19 000.00;
        // actual 2 000.00 + 500.00 + 100.00 + 1 000.00 = 3 600.00; committed 19 000.00 − 3 600.00 = 15 400.00;
        // cost to date 19 000.00; ETC 20 000.00 − 19 000.00 = 1 000.00; EFC 20 000.00
        Eventually.within(WAIT, () -> as(AUDITOR).get("/productions/{p}/cost-report", production).then()
                .statusCode(200).body("lines.find { it.accountCode == '2301' }.figures.actual.amount", equalTo("3600.00")));
        // the row of charges the devis computed on account 42 (10 400.00): commitments 9 360.00 + 2 080.00 − 1 560.00 = 9 880.00;
        // actual 1 040.00 + 260.00 + 52.00 + 520.00 = 1 872.00; committed 9 880.00 − 1 872.00 = 8 008.00;
        // ETC 10 400.00 − 9 880.00 = 520.00
        as(AUDITOR).get("/productions/{p}/cost-report", production).then().statusCode(200)
                .body("lines.find { it.accountCode == '2301' }.figures.committed.amount", equalTo("15400.00"))
                .body("lines.find { it.accountCode == '2301' }.figures.costToDate.amount", equalTo("19000.00"))
                .body("lines.find { it.accountCode == '2301' }.figures.estimateToComplete.amount", equalTo("1000.00"))
                .body("lines.find { it.accountCode == '2301' }.figures.estimatedFinalCost.amount", equalTo("20000.00"))
                .body("lines.find { it.accountCode == '42' }.figures.actual.amount", equalTo("1872.00"))
                .body("lines.find { it.accountCode == '42' }.figures.committed.amount", equalTo("8008.00"))
                .body("lines.find { it.accountCode == '42' }.figures.estimateToComplete.amount", equalTo("520.00"));
    }

    /**
     * A contract of 18 000.00 gross, 600.00 allowances, employer cost 27 960.00 (charges 9 360.00, ratio 0.52), a week of
     * 2 000.00 approved (charges 1 040.00), then two amendments (avenants):
     * 1. gross 19 000.00, allowances 600.00, cost 29 480.00: charges 9 880.00; +1 000.00 and +520.00 committed;
     * 2. gross 17 000.00, allowances 500.00, cost 26 340.00: charges 8 840.00; −2 000.00 and −1 040.00 committed.
     * Amendment 2 arriving first is parked (amendment 1 is missing); each is applied once whatever the redelivery.
     */
    @Test
    void amendmentsMoveTheCommitmentByTheirDifferenceOnceAndInOrder() throws SQLException {
        String production = lockedProduction("Avenants du Phare", true);
        String topic = BobineStack.topic("crew");
        UUID contract = UUID.randomUUID();
        TestEvents.send(bootstrap, topic, contractSigned(production, contract, "2301", "18000.00", "600.00", "27960.00",
                "2027-04-05", "2027-05-28"));
        TestEvents.send(bootstrap, topic, timesheetApproved(production, contract, "2301", "2027-04-05", "2000.00"));
        ObjectNode second = contractAmended(production, contract, "2301", 2, "2027-04-26", "2027-05-21", "17000.00", "500.00",
                "26340.00", "19000.00", "29480.00");
        ObjectNode first = contractAmended(production, contract, "2301", 1, "2027-04-19", "2027-05-28", "19000.00", "600.00",
                "29480.00", "18000.00", "27960.00");
        TestEvents.send(bootstrap, topic, second);
        Eventually.within(WAIT, () -> as(AUDITOR).queryParam("size", 200).get("/admin/dead-letters").then()
                .statusCode(200).body("items.eventId", hasItem(second.path("id").asText())));
        for (ObjectNode e : List.of(first, first, renamed(first), renamed(second), renamed(second))) {
            TestEvents.send(bootstrap, topic, e);
        }
        // a last week on the same key: once it shows, everything sent before it was applied. 100.00 -> charges 52.00
        TestEvents.send(bootstrap, topic, timesheetApproved(production, contract, "2301", "2027-04-19", "100.00"));

        // 2301: commitments 18 000.00 + 1 000.00 − 2 000.00 = 17 000.00; actual 2 000.00 + 100.00 = 2 100.00;
        // committed 17 000.00 − 2 100.00 = 14 900.00
        // 42: commitments 9 360.00 + 520.00 − 1 040.00 = 8 840.00; actual 1 040.00 + 52.00 = 1 092.00; committed 7 748.00
        Eventually.within(WAIT, () -> as(AUDITOR).get("/productions/{p}/cost-report", production).then()
                .statusCode(200).body("lines.find { it.accountCode == '2301' }.figures.actual.amount", equalTo("2100.00")));
        as(AUDITOR).get("/productions/{p}/cost-report", production).then().statusCode(200)
                .body("lines.find { it.accountCode == '2301' }.figures.committed.amount", equalTo("14900.00"))
                .body("lines.find { it.accountCode == '42' }.figures.actual.amount", equalTo("1092.00"))
                .body("lines.find { it.accountCode == '42' }.figures.committed.amount", equalTo("7748.00"));
        try (var c = dataSource.getConnection(); var q = c.prepareStatement(
                "select count(*), sum(amount) from cost_entry where source_ref like ? and kind = 'COMMITMENT'")) {
            q.setString(1, contract + ":amendment:%");
            try (var rs = q.executeQuery()) {
                rs.next();
                assertEquals(4, rs.getInt(1), "gross and charges of two amendments, once each");
                assertEquals("-1520.00", rs.getBigDecimal(2).toPlainString());
            }
        }
    }

    @Test
    void withoutAChargesRowOrLineTheChargesGoOnTheSalaryLineAndSaySo() throws SQLException {
        String production = lockedProduction("Charges sans ligne", false);
        UUID contract = UUID.randomUUID();
        TestEvents.send(bootstrap, BobineStack.topic("crew"), contractSigned(production, contract, "2301", "18000.00",
                "600.00", "27960.00", "2027-04-05", "2027-05-28"));
        // 18 000.00 gross + 9 360.00 charges, both committed on 2301
        Eventually.within(WAIT, () -> as(AUDITOR).get("/productions/{p}/cost-report", production).then().statusCode(200)
                .body("lines.find { it.accountCode == '2301' }.figures.committed.amount", equalTo("27360.00")));
        try (var c = dataSource.getConnection();
                var q = c.prepareStatement("select label, amount from cost_entry where source_ref = ?")) {
            q.setString(1, contract + ":charges");
            try (var rs = q.executeQuery()) {
                assertTrue(rs.next());
                assertTrue(rs.getString(1).contains("sur la ligne de salaire"), rs.getString(1));
                assertEquals("9360.00", rs.getBigDecimal(2).toPlainString());
            }
        }
    }

    @Test
    void aWeekOfAContractBudgetServiceDoesNotKnowIsParked() {
        String production = lockedProduction("Relevé orphelin", true);
        ObjectNode orphan = timesheetApproved(production, UUID.randomUUID(), "2301", "2027-04-05", "2000.00");
        TestEvents.send(bootstrap, BobineStack.topic("crew"), orphan);
        Eventually.within(WAIT, () -> as(AUDITOR).queryParam("size", 200).get("/admin/dead-letters").then()
                .statusCode(200).body("items.eventId", hasItem(orphan.path("id").asText())));
        as(AUDITOR).get("/productions/{p}/cost-report", production).then().statusCode(200)
                .body("lines.find { it.accountCode == '2301' }.figures.actual.amount", equalTo("0.00"));
    }
}
