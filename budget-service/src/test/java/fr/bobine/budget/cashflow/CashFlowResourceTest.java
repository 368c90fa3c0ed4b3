package fr.bobine.budget.cashflow;

import static fr.bobine.budget.devis.BudgetApi.AUDITOR;
import static fr.bobine.budget.devis.BudgetApi.MANAGER;
import static fr.bobine.budget.devis.BudgetApi.PRODUCER;
import static fr.bobine.budget.devis.BudgetApi.as;
import static fr.bobine.budget.devis.BudgetApi.line;
import static fr.bobine.budget.devis.BudgetApi.linesPath;
import static fr.bobine.budget.devis.BudgetApi.versionPath;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.bobine.budget.Sirets;
import fr.bobine.budget.devis.BudgetApi;
import fr.bobine.testing.BobineStack;
import fr.bobine.testing.Eventually;
import fr.bobine.testing.TestEvents;
import fr.bobine.testing.TestTokens;
import fr.bobine.testing.EventSchemas;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The cash-flow plan from every source, its settings, its CSV, and the shortfall check through the real topic. */
@QuarkusTest
class CashFlowResourceTest {

    static final String ACCOUNTANT = TestTokens.forRoles("accountant");
    static final Duration WAIT = Duration.ofSeconds(30);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    DataSource dataSource;

    static String settings(String opening, String openingDate, String threshold) {
        return """
                {"openingBalance": {"amount": "%s", "currency": "EUR"}, "openingDate": %s,
                 "threshold": {"amount": "%s", "currency": "EUR"}, "vatRate": "0.2", "salaryDaysAfterWeek": 5,
                 "contributionsDay": 15, "contributionsMonthsLater": 1, "statementPaymentDays": 30}"""
                .formatted(opening, openingDate == null ? "null" : "\"" + openingDate + "\"", threshold);
    }

    /** A production with a locked budget: camera line 71 of 20 000.00. Returns {production, camera line id}. */
    static String[] lockedProduction(String title) {
        String production = BudgetApi.newProduction(title);
        String[] ids = BudgetApi.newCinemaBudget(production);
        String camera = as(MANAGER).body(line("71", "1", "20000.00", "EUR", null)).post(linesPath(), production, ids[0], ids[1])
                .then().statusCode(201).extract().path("id");
        as(PRODUCER).post(versionPath() + "/approval", production, ids[0], ids[1]).then().statusCode(200);
        return new String[] { production, camera };
    }

    static String supplier() {
        return as(ACCOUNTANT).body("""
                {"name": "Caméras du Ponant", "siret": "%s", "vatNumber": "FR12391244780"}""".formatted(Sirets.next()))
                .post("/suppliers").then().statusCode(201).extract().path("id");
    }

    void insertPayment(String production, String invoice, String paidOn, String amount) throws SQLException {
        try (var c = dataSource.getConnection(); var insert = c.prepareStatement("""
                insert into payment (id, production_id, external_ref, invoice_id, paid_on, amount, currency, label, created_at)
                values (?, ?, ?, ?, ?, ?, 'EUR', 'virement', now())""")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setObject(2, UUID.fromString(production));
            insert.setString(3, "BQ-" + UUID.randomUUID());
            insert.setObject(4, UUID.fromString(invoice));
            insert.setObject(5, java.time.LocalDate.parse(paidOn));
            insert.setBigDecimal(6, new java.math.BigDecimal(amount));
            insert.executeUpdate();
        }
    }

    long rows(String table, String production) {
        try (var c = dataSource.getConnection();
                var q = c.prepareStatement("select count(*) from " + table + " where production_id = ?")) {
            q.setObject(1, UUID.fromString(production));
            try (var rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static ObjectNode mgContract(String production, UUID contract) {
        return TestEvents.event("/distribution-service", "distribution.contract.signed", production, TestEvents.map(
                "contractId", contract.toString(), "productionId", production, "counterpartyName", "Pyramide Distribution",
                "counterpartyKind", "DISTRIBUTOR", "signedOn", "2027-03-01", "rightsBlocks", List.of(),
                "minimumGuarantee", Map.of("amount", "60000.00", "currency", "EUR"),
                "instalments", List.of(TestEvents.map("id", UUID.randomUUID().toString(), "position", 1, "label",
                        "à la livraison", "trigger", "ON_DELIVERY", "share", "0.400000",
                        "amount", Map.of("amount", "24000.00", "currency", "EUR"), "status", "SCHEDULED", "dueOn", null),
                        TestEvents.map("id", UUID.randomUUID().toString(), "position", 2, "label", "à la sortie",
                                "trigger", "ON_RELEASE", "share", "0.600000",
                                "amount", Map.of("amount", "36000.00", "currency", "EUR"), "status", "SCHEDULED",
                                "dueOn", null)),
                "commissionRate", "0.300000", "expenseCap", null, "reportingFrequency", "QUARTERLY"));
    }

    static ObjectNode mgFellDue(String production, UUID contract, UUID instalment, String amount, String dueOn) {
        return TestEvents.event("/distribution-service", "distribution.mg.instalment.fell-due", production, TestEvents.map(
                "instalmentId", instalment.toString(), "contractId", contract.toString(), "productionId", production,
                "counterpartyName", "Pyramide Distribution", "label", "à la livraison", "trigger", "ON_DELIVERY",
                "amount", Map.of("amount", amount, "currency", "EUR"), "dueOn", dueOn,
                "deliverableId", UUID.randomUUID().toString()));
    }

    static ObjectNode statementIssued(String production, UUID statement, String amountDue) {
        return TestEvents.event("/rights-service", "rights.statement.issued", production, TestEvents.map(
                "statementId", statement.toString(), "productionId", production, "waterfallId", UUID.randomUUID().toString(),
                "holder", "Anne Le Goff (scénariste)", "periodStart", "2027-01-01", "periodEnd", "2027-03-31",
                "share", Map.of("amount", amountDue, "currency", "EUR"),
                "amountDue", Map.of("amount", amountDue, "currency", "EUR"), "timeOfIssue", "2027-04-01T10:00:00Z"));
    }

    static ObjectNode renamed(ObjectNode event) {
        ObjectNode copy = event.deepCopy();
        copy.put("id", UUID.randomUUID().toString());
        return copy;
    }

    static ObjectNode mgReceived(String production, UUID contract, UUID instalment, String amount, String dueOn,
            String receivedOn) {
        return TestEvents.event("/distribution-service", "distribution.mg.instalment.received", production, TestEvents.map(
                "instalmentId", instalment.toString(), "contractId", contract.toString(), "productionId", production,
                "counterpartyName", "Pyramide Distribution", "label", "à la livraison",
                "amount", Map.of("amount", amount, "currency", "EUR"), "dueOn", dueOn, "receivedOn", receivedOn));
    }

    @Test
    void anMgInstalmentTheDistributorPaidComesInOnTheDayItWasReceivedOnce() {
        String production = lockedProduction("MG encaissé")[0];
        UUID contract = UUID.randomUUID();
        UUID instalment = UUID.randomUUID();
        // 24 000.00 fell due on 28 April (week 17) and was paid a week late, on 5 May (week 18)
        ObjectNode received = mgReceived(production, contract, instalment, "24000.00", "2027-04-28", "2027-05-05");
        String topic = BobineStack.topic("distribution");
        TestEvents.send(bootstrap, topic, mgContract(production, contract));
        TestEvents.send(bootstrap, topic, mgFellDue(production, contract, instalment, "24000.00", "2027-04-28"));
        TestEvents.send(bootstrap, topic, received);
        TestEvents.send(bootstrap, topic, renamed(received));
        // an instalment that never fell due here, and one received for another amount: parked, nothing changes
        ObjectNode unknown = mgReceived(production, contract, UUID.randomUUID(), "24000.00", "2027-04-28", "2027-05-05");
        ObjectNode otherAmount = mgReceived(production, contract, instalment, "23999.99", "2027-04-28", "2027-05-06");
        TestEvents.send(bootstrap, topic, unknown);
        TestEvents.send(bootstrap, topic, otherAmount);
        as(ACCOUNTANT).body(settings("0.00", "2027-04-05", "0.00")).put("/productions/{p}/cash-flow/settings", production)
                .then().statusCode(200);
        Eventually.within(WAIT, () -> as(AUDITOR).queryParam("size", 200).get("/admin/dead-letters").then().statusCode(200)
                .body("items.eventId", hasItem(unknown.path("id").asText()))
                .body("items.eventId", hasItem(otherAmount.path("id").asText())));

        JsonPath plan = as(AUDITOR).get("/productions/{p}/cash-flow", production).then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> mg = plan.getList("weeks.items.flatten().findAll { it.sourceKind == 'MG_INSTALMENT' }");
        assertEquals(1, mg.size());
        assertEquals("2027-05-05", mg.get(0).get("date"));
        assertTrue(((String) mg.get(0).get("label")).endsWith("reçue"), (String) mg.get(0).get("label"));
        assertEquals("24000.00", plan.getString("weeks.find { it.isoWeek == '2027-W18' }.totalIn.amount"));
        assertEquals("0.00", plan.getString("weeks.find { it.isoWeek == '2027-W17' }.totalIn.amount"));
        assertEquals("24000.00", plan.getString("weeks.find { it.isoWeek == '2027-W18' }.closingBalance.amount"));
    }

    @Test
    void planFromEverySourceWeekByWeekWithItsItemsAndCsv() throws Exception {
        String[] p = lockedProduction("Trésorerie du Phare");
        String production = p[0];
        String supplier = supplier();
        // order BC-1: 10 000.00 on 1 March, 30 days -> due 31 March
        String order = as(MANAGER).body("""
                {"supplierId": "%s", "number": "BC-1", "description": "Caméra", "orderDate": "2027-03-01",
                 "paymentTermsDays": 30, "allocations": [{"budgetLineId": "%s", "amount": {"amount": "10000.00",
                 "currency": "EUR"}}]}""".formatted(supplier, p[1])).post("/productions/{p}/purchase-orders", production)
                .then().statusCode(201).extract().path("id");
        // invoice F-1 of 6 000.00 + 1 200.00 VAT = 7 200.00 on 10 March -> due 9 April (no receipt: stays mismatched)
        String invoice = as(ACCOUNTANT).body("""
                {"orderId": "%s", "number": "F-1", "invoiceDate": "2027-03-10",
                 "net": {"amount": "6000.00", "currency": "EUR"}, "vat": {"amount": "1200.00", "currency": "EUR"},
                 "gross": {"amount": "7200.00", "currency": "EUR"}}""".formatted(order))
                .post("/productions/{p}/invoices", production).then().statusCode(201).extract().path("id");
        // 3 000.00 of it paid on 6 April (as the accounting import would record it)
        insertPayment(production, invoice, "2027-04-06", "3000.00");
        // a confirmed source: 10 000.00 received on 16 March (before the opening date), 20 000.00 due on 20 April
        String sources = "/productions/{p}/financing-plan/sources";
        String cnc = as(MANAGER).body("""
                {"kind": "AVANCE_SUR_RECETTES", "financier": "CNC", "amount": {"amount": "30000.00", "currency": "EUR"},
                 "instalments": [
                   {"dueDate": "2027-03-15", "amount": {"amount": "10000.00", "currency": "EUR"}, "receivedDate": "2027-03-16"},
                   {"dueDate": "2027-04-20", "amount": {"amount": "20000.00", "currency": "EUR"}}]}""")
                .post(sources, production).then().statusCode(201).extract().path("id");
        as(PRODUCER).post(sources + "/{s}/confirmation", production, cnc).then().statusCode(200);
        // a planned source, 50 000.00 expected 14 April: shown, not in the balance
        as(MANAGER).body("""
                {"kind": "REGIONAL_AID", "financier": "Région Bretagne", "amount": {"amount": "50000.00", "currency": "EUR"},
                 "expectedDate": "2027-04-14"}""").post(sources, production).then().statusCode(201);
        // a distributor MG of 60 000.00 with no date; 24 000.00 falls due on 28 April; a rights statement of 1 500.00
        // issued on 1 April, paid 30 days later (1 May)
        UUID contract = UUID.randomUUID();
        UUID instalment = UUID.randomUUID();
        UUID statement = UUID.randomUUID();
        ObjectNode fellDue = mgFellDue(production, contract, instalment, "24000.00", "2027-04-28");
        ObjectNode issued = statementIssued(production, statement, "1500.00");
        TestEvents.send(bootstrap, BobineStack.topic("distribution"), mgContract(production, contract));
        TestEvents.send(bootstrap, BobineStack.topic("distribution"), fellDue);
        TestEvents.send(bootstrap, BobineStack.topic("distribution"), renamed(fellDue));
        TestEvents.send(bootstrap, BobineStack.topic("rights"), issued);
        TestEvents.send(bootstrap, BobineStack.topic("rights"), renamed(issued));
        // markers after them on the same keys: a fell-due of a contract budget-service does not know (parked), a
        // statement with nothing due (kept, pays nothing)
        ObjectNode orphan = mgFellDue(production, UUID.randomUUID(), UUID.randomUUID(), "1.00", "2027-04-28");
        TestEvents.send(bootstrap, BobineStack.topic("distribution"), orphan);
        TestEvents.send(bootstrap, BobineStack.topic("rights"), statementIssued(production, UUID.randomUUID(), "0.00"));

        as(ACCOUNTANT).body(settings("20000.00", "2027-04-05", "0.00")).put("/productions/{p}/cash-flow/settings", production)
                .then().statusCode(200).body("defaults", equalTo(false)).body("openingDate", equalTo("2027-04-05"));
        // once the markers are applied, everything sent before them on the same keys was
        Eventually.within(WAIT, () -> as(AUDITOR).queryParam("size", 200).get("/admin/dead-letters").then().statusCode(200)
                .body("items.eventId", hasItem(orphan.path("id").asText())));
        Eventually.within(WAIT, () -> assertEquals(2, rows("rights_statement_due", production)));
        assertEquals(1, rows("financing_instalment_due", production));

        JsonPath plan = as(AUDITOR).get("/productions/{p}/cash-flow", production).then().statusCode(200).extract().jsonPath();
        assertEquals("2027-04-05", plan.getString("from"));
        assertEquals("2027-04-26", plan.getString("to"));
        assertEquals(List.of("2027-W14", "2027-W15", "2027-W16", "2027-W17"), plan.getList("weeks.isoWeek"));
        // W14: 20 000.00 opening; out: the 3 000.00 payment and the 4 200.00 unpaid of F-1 (due 9 April) = 7 200.00,
        // the open order 10 000.00 − 6 000.00 = 4 000.00 + 20 % = 4 800.00, late (due 31 March); closing 8 000.00
        assertEquals("20000.00", plan.getString("weeks[0].openingBalance.amount"));
        assertEquals("7200.00", plan.getString("weeks[0].moneyOut.find { it.category == 'SUPPLIER_INVOICES' }.amount.amount"));
        assertEquals("4800.00", plan.getString("weeks[0].moneyOut.find { it.category == 'PURCHASE_ORDERS' }.amount.amount"));
        assertEquals("12000.00", plan.getString("weeks[0].totalOut.amount"));
        assertEquals("8000.00", plan.getString("weeks[0].closingBalance.amount"));
        assertTrue(plan.getBoolean("weeks[0].items.find { it.reference == 'BC-1' }.overdue"));
        assertEquals("4200.00", plan.getString("weeks[0].items.find { it.sourceKind == 'INVOICE' }.amount.amount"));
        assertEquals("3000.00", plan.getString("weeks[0].items.find { it.sourceKind == 'PAYMENT' }.amount.amount"));
        // W15: only the planned 50 000.00, out of the balance
        assertEquals("50000.00", plan.getString("weeks[1].notYetConfirmedIn.amount"));
        assertEquals("0.00", plan.getString("weeks[1].totalIn.amount"));
        assertEquals("8000.00", plan.getString("weeks[1].closingBalance.amount"));
        // W16: the CNC's 20 000.00 (its 10 000.00 of March is in the opening balance): 28 000.00
        assertEquals("20000.00", plan.getString("weeks[2].totalIn.amount"));
        assertEquals("28000.00", plan.getString("weeks[2].closingBalance.amount"));
        // W17: the MG's 24 000.00 in, the statement's 1 500.00 out: 28 000.00 + 22 500.00 = 50 500.00
        assertEquals("24000.00", plan.getString("weeks[3].moneyIn.find { it.category == 'FINANCING' }.amount.amount"));
        assertEquals("MG_INSTALMENT", plan.getString("weeks[3].items.find { it.category == 'FINANCING' }.sourceKind"));
        assertEquals("50500.00", plan.getString("weeks[3].closingBalance.amount"));
        // the rest of the MG, 36 000.00, is not due yet: undated
        assertEquals(List.of("36000.00"), plan.getList("undated.amount.amount"));
        assertEquals(List.of(false, false, false, false), plan.getList("weeks.shortfall"));
        assertEquals(null, plan.getString("shortfall.firstShortfallWeek"));
        assertEquals("8000.00", plan.getString("shortfall.lowestBalance.amount"));

        // a window: W16 alone opens on the running balance of the weeks before it
        as(AUDITOR).queryParam("from", "2027-04-21").queryParam("to", "2027-04-21").get("/productions/{p}/cash-flow", production)
                .then().statusCode(200).body("weeks", hasSize(1)).body("weeks[0].openingBalance.amount", equalTo("8000.00"))
                .body("weeks[0].closingBalance.amount", equalTo("28000.00"));

        String csv = as(AUDITOR).accept("text/csv").get("/productions/{p}/cash-flow/export.csv", production).then()
                .statusCode(200).header("Content-Disposition", containsString("plan-de-tresorerie.csv")).extract().asString();
        // CsvExport: the byte-order mark first, French dates and decimal comma by default
        assertEquals('\uFEFF', csv.charAt(0));
        String[] rows = csv.substring(1).split("\r\n");
        assertTrue(rows[0].startsWith("semaine;lundi;solde d'ouverture;encaissements FINANCING;décaissements SUPPLIER_INVOICES"));
        assertEquals("2027-W14;05/04/2027;20000,00;0,00;7200,00;4800,00;0,00;0,00;0,00;0,00;12000,00;-12000,00;8000,00;non;0,00",
                rows[1]);
        assertTrue(csv.contains(";MG_INSTALMENT;" + instalment + ";"));
        assertTrue(csv.contains("non datée;;FINANCING;IN;FINANCING_SOURCE;"));
    }

    @Test
    void settingsHaveDefaultsAndRefuseBadInput() {
        String production = BudgetApi.newProduction("Réglages de trésorerie");
        String path = "/productions/{p}/cash-flow/settings";
        as(AUDITOR).get(path, production).then().statusCode(200).body("defaults", equalTo(true))
                .body("vatRate", equalTo("0.200000")).body("contributionsDay", equalTo(15))
                .body("openingDate", nullValue()).body("threshold.amount", equalTo("0.00"));
        as(MANAGER).body(settings("1000.00", null, "0.00")).put(path, production).then().statusCode(403);
        as(ACCOUNTANT).body(settings("1000.00", null, "0.00").replace("\"EUR\"}, \"openingDate\"", "\"USD\"}, \"openingDate\""))
                .put(path, production).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("openingBalance"));
        // a rate is a fraction in a decimal string: 20 (a percentage), 1.2, a JSON number and a seventh decimal are refused
        for (String bad : List.of("\"20\"", "\"1.2\"", "0.2", "\"0.2000001\"", "\"-0.01\"")) {
            as(ACCOUNTANT).body(settings("1000.00", null, "0.00").replace("\"0.2\"", bad)).put(path, production).then()
                    .statusCode(400).contentType("application/problem+json").body("errors[0].field", containsString("vatRate"));
        }
        as(ACCOUNTANT).body(settings("1000.00", null, "0.00").replace("\"contributionsDay\": 15", "\"contributionsDay\": 31"))
                .put(path, production).then().statusCode(400).body("errors[0].field", containsString("contributionsDay"));
        // nothing was stored
        as(AUDITOR).get(path, production).then().statusCode(200).body("defaults", equalTo(true));
        as(ACCOUNTANT).body(settings("-2500.50", "2027-04-05", "-10000.00")).put(path, production).then().statusCode(200)
                .body("openingBalance.amount", equalTo("-2500.50")).body("threshold.amount", equalTo("-10000.00"));
        as(AUDITOR).get(path, UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
        as(AUDITOR).get("/productions/{p}/cash-flow", UUID.randomUUID()).then().statusCode(404);
        as(AUDITOR).queryParam("from", "2027-05-01").queryParam("to", "2027-04-01").get("/productions/{p}/cash-flow", production)
                .then().statusCode(400).body("errors[0].field", equalTo("to"));
        as(AUDITOR).queryParam("from", "2027-05-01").queryParam("to", "2030-05-01").get("/productions/{p}/cash-flow", production)
                .then().statusCode(400).body("errors[0].field", equalTo("to"));
        as(AUDITOR).post("/productions/{p}/cash-flow/checks", production).then().statusCode(403);
    }

    @Test
    void shortfallIsPublishedOnceWhenItAppearsAndOnceWhenItIsResolved() throws Exception {
        String[] p = lockedProduction("Trésorerie tendue");
        String production = p[0];
        String supplier = supplier();
        // order of 10 000.00 on 1 April at 30 days: 12 000.00 VAT included due 1 May (W17)
        as(MANAGER).body("""
                {"supplierId": "%s", "number": "BC-9", "description": "Caméra", "orderDate": "2027-04-01",
                 "paymentTermsDays": 30, "allocations": [{"budgetLineId": "%s", "amount": {"amount": "10000.00",
                 "currency": "EUR"}}]}""".formatted(supplier, p[1])).post("/productions/{p}/purchase-orders", production)
                .then().statusCode(201);
        String settingsPath = "/productions/{p}/cash-flow/settings";
        String checks = "/productions/{p}/cash-flow/checks";
        // 5 000.00 on 5 April: W17 closes at 5 000.00 − 12 000.00 = −7 000.00
        as(ACCOUNTANT).body(settings("5000.00", "2027-04-05", "0.00")).put(settingsPath, production).then().statusCode(200);
        // the GET shows the shortfall and publishes nothing
        as(AUDITOR).get("/productions/{p}/cash-flow", production).then().statusCode(200)
                .body("weeks.shortfall", equalTo(List.of(false, false, false, true)))
                .body("shortfall.firstShortfallWeek", equalTo("2027-04-26"));
        as(ACCOUNTANT).post(checks, production).then().statusCode(200).body("published", equalTo(true))
                .body("resolved", equalTo(false)).body("shortfall.firstShortfallWeek", equalTo("2027-04-26"))
                .body("shortfall.lowestBalance.amount", equalTo("-7000.00"))
                .body("shortfall.weeks.closingBalance.amount", equalTo(List.of("-7000.00")));
        // nothing changed: nothing published
        as(PRODUCER).post(checks, production).then().statusCode(200).body("published", equalTo(false));
        JsonNode event = BudgetApi.awaitEvent(bootstrap, production, CashFlowService.SHORTFALL_FORECAST);
        EventSchemas.assertValid("budget.cash.shortfall.forecast", event.path("data"));
        assertEquals("2027-04-26", event.path("data").path("firstShortfallWeek").asText());
        assertEquals("-7000.00", event.path("data").path("lowestBalance").asText());
        assertEquals("0.00", event.path("data").path("threshold").asText());
        assertFalse(event.path("data").path("resolved").asBoolean());

        // 10 000.00 more in the bank: W17 closes at 3 000.00, resolved once
        as(ACCOUNTANT).body(settings("15000.00", "2027-04-05", "0.00")).put(settingsPath, production).then().statusCode(200);
        String resolvedId = as(ACCOUNTANT).post(checks, production).then().statusCode(200).body("published", equalTo(true))
                .body("resolved", equalTo(true)).body("shortfall.weeks", hasSize(0)).extract().path("eventId");
        as(ACCOUNTANT).post(checks, production).then().statusCode(200).body("published", equalTo(false));

        // on the topic: the forecast once, then the resolution once
        Eventually.within(WAIT, () -> assertTrue(forecasts(production).stream()
                .anyMatch(e -> e.path("id").asText().equals(resolvedId))));
        List<JsonNode> published = forecasts(production);
        assertEquals(2, published.size());
        assertFalse(published.get(0).path("data").path("resolved").asBoolean());
        assertTrue(published.get(1).path("data").path("resolved").asBoolean());
        assertEquals(0, published.get(1).path("data").path("weeks").size());
        EventSchemas.assertValid("budget.cash.shortfall.forecast", published.get(1).path("data"));
    }

    List<JsonNode> forecasts(String production) {
        return TestEvents.readAll(bootstrap, BobineStack.topic("budget"), Duration.ofSeconds(2)).stream()
                .filter(e -> production.equals(e.path("subject").asText())
                        && CashFlowService.SHORTFALL_FORECAST.equals(e.path("type").asText()))
                .toList();
    }
}
