package fr.bobine.budget.commitment;

import static fr.bobine.budget.devis.BudgetApi.AUDITOR;
import static fr.bobine.budget.devis.BudgetApi.MANAGER;
import static fr.bobine.budget.devis.BudgetApi.PRODUCER;
import static fr.bobine.budget.devis.BudgetApi.as;
import static fr.bobine.budget.devis.BudgetApi.count;
import static fr.bobine.budget.devis.BudgetApi.line;
import static fr.bobine.budget.devis.BudgetApi.linesPath;
import static fr.bobine.budget.devis.BudgetApi.versionPath;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import fr.bobine.budget.Sirets;
import fr.bobine.budget.devis.BudgetApi;
import fr.bobine.budget.accounting.FecWriter;
import fr.bobine.testing.TestTokens;
import fr.bobine.testing.EventSchemas;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class CostControlResourceTest {

    static final String ACCOUNTANT = TestTokens.forRoles("accountant");

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    /** A 14-digit SIRET with a valid Luhn key, different on every call. */
    static String siret() {
        return Sirets.next();
    }

    static String supplier(String name) {
        return as(ACCOUNTANT).body("""
                {"name": "%s", "siret": "%s", "vatNumber": "FR40732829320", "iban": "FR7630006000011234567890189"}"""
                .formatted(name, siret())).post("/suppliers").then().statusCode(201).extract().path("id");
    }

    static String order(String supplierId, String number, Map<String, String> allocations) {
        StringBuilder a = new StringBuilder();
        allocations.forEach((line, amount) -> a.append(a.length() == 0 ? "" : ",").append("""
                {"budgetLineId": "%s", "amount": {"amount": "%s", "currency": "EUR"}}""".formatted(line, amount)));
        return """
                {"supplierId": "%s", "number": "%s", "description": "Location", "quoteRef": "DV-77",
                 "orderDate": "2027-03-01", "paymentTermsDays": 30, "allocations": [%s]}""".formatted(supplierId, number, a);
    }

    static String invoice(String orderId, String number, String net, String vat, String gross) {
        return """
                {"orderId": "%s", "number": "%s", "invoiceDate": "2027-03-10",
                 "net": {"amount": "%s", "currency": "EUR"}, "vat": {"amount": "%s", "currency": "EUR"},
                 "gross": {"amount": "%s", "currency": "EUR"}}""".formatted(orderId, number, net, vat, gross);
    }

    /** {productionId, budgetId, versionId, locations line id, camera line id}; the version is still a draft. */
    String[] draftBudget(String title) {
        String production = BudgetApi.newProduction(title);
        String[] ids = BudgetApi.newCinemaBudget(production);
        String locations = as(MANAGER).body(line("52", "1", "48000.00", "EUR", null))
                .post(linesPath(), production, ids[0], ids[1]).then().statusCode(201).extract().path("id");
        String camera = as(MANAGER).body(line("71", "1", "20000.00", "EUR", null))
                .post(linesPath(), production, ids[0], ids[1]).then().statusCode(201).extract().path("id");
        return new String[] { production, ids[0], ids[1], locations, camera };
    }

    void lock(String[] b) {
        as(PRODUCER).post(versionPath() + "/approval", b[0], b[1], b[2]).then().statusCode(200);
    }

    static Map<String, Object> reportLine(JsonPath report, String accountCode) {
        List<Map<String, Object>> lines = report.getList("lines.findAll { it.accountCode == '" + accountCode + "' }");
        assertEquals(1, lines.size(), accountCode);
        return lines.get(0);
    }

    @SuppressWarnings("unchecked")
    static void assertFigures(Map<String, Object> figures, String budget, String committed, String actual, String costToDate,
            String etc, String efc, String variance) {
        assertEquals(budget, ((Map<String, String>) figures.get("budget")).get("amount"), "budget");
        assertEquals(committed, ((Map<String, String>) figures.get("committed")).get("amount"), "committed");
        assertEquals(actual, ((Map<String, String>) figures.get("actual")).get("amount"), "actual");
        assertEquals(costToDate, ((Map<String, String>) figures.get("costToDate")).get("amount"), "cost to date");
        assertEquals(etc, ((Map<String, String>) figures.get("estimateToComplete")).get("amount"), "estimate to complete");
        assertEquals(efc, ((Map<String, String>) figures.get("estimatedFinalCost")).get("amount"), "estimated final cost");
        assertEquals(variance, ((Map<String, String>) figures.get("variance")).get("amount"), "variance");
    }

    @Test
    @SuppressWarnings("unchecked")
    void ordersAndInvoicesMakeTheCostReportTheJournalAndTheFec() throws Exception {
        String[] b = draftBudget("Coûts du Phare");
        String production = b[0];
        String supplier = supplier("Loueur Lumière");

        // an order on a draft version: 422, nothing booked
        long ordersBefore = count(dataSource, "purchase_order");
        as(MANAGER).body(order(supplier, "BC-0", Map.of(b[3], "1000.00"))).post("/productions/{p}/purchase-orders", production)
                .then().statusCode(422).contentType("application/problem+json").body("detail", containsString("DRAFT"));
        assertEquals(ordersBefore, count(dataSource, "purchase_order"));
        lock(b);

        // locked: 48 000.00 + 20 000.00 = 68 000.00; FG 7 % = 4 760.00; imprévus 10 % of 68 000.00 = 6 800.00
        String bc1 = as(MANAGER).header("Idempotency-Key", "bc-1-" + production)
                .body(order(supplier, "BC-1", Map.of(b[3], "30000.00"))).post("/productions/{p}/purchase-orders", production)
                .then().statusCode(201).body("overrun", equalTo(false)).body("net.amount", equalTo("30000.00"))
                .extract().path("id");
        long afterFirst = count(dataSource, "purchase_order");
        as(MANAGER).header("Idempotency-Key", "bc-1-" + production)
                .body(order(supplier, "BC-1", Map.of(b[3], "30000.00"))).post("/productions/{p}/purchase-orders", production)
                .then().statusCode(201).body("id", equalTo(bc1));
        assertEquals(afterFirst, count(dataSource, "purchase_order"));

        // camera: budget 20 000.00, order 25 000.00: booked, flagged, overrun 5 000.00
        String bc2 = as(MANAGER).body(order(supplier, "BC-2", Map.of(b[4], "25000.00")))
                .post("/productions/{p}/purchase-orders", production).then().statusCode(201)
                .body("overrun", equalTo(true)).body("overruns", hasSize(1))
                .body("overruns[0].budget.amount", equalTo("20000.00"))
                .body("overruns[0].costToDate.amount", equalTo("25000.00"))
                .body("overruns[0].overrun.amount", equalTo("5000.00")).extract().path("id");
        JsonNode event = BudgetApi.awaitEvent(bootstrap, production, CommitmentService.LINE_OVERRUN);
        assertEquals("5000.00", event.path("data").path("overrun").asText());
        assertEquals(bc2, event.path("data").path("orderId").asText());
        EventSchemas.assertValid("budget.line.overrun", event.path("data"));

        as(MANAGER).body("{\"received\": {\"amount\": \"30000.00\", \"currency\": \"EUR\"}}")
                .put("/productions/{p}/purchase-orders/{o}/receipt", production, bc1).then().statusCode(200)
                .body("received.amount", equalTo("30000.00"));

        // bad invoices: unknown order 422, negative amount 400; nothing stored
        long invoices = count(dataSource, "invoice");
        long entries = count(dataSource, "cost_entry");
        as(ACCOUNTANT).body(invoice(UUID.randomUUID().toString(), "FA-X", "100.00", "20.00", "120.00"))
                .post("/productions/{p}/invoices", production).then().statusCode(422)
                .contentType("application/problem+json").body("detail", containsString("does not exist"));
        as(ACCOUNTANT).body(invoice(bc1, "FA-Y", "-100.00", "-20.00", "-120.00"))
                .post("/productions/{p}/invoices", production).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("net"));
        as(ACCOUNTANT).body(invoice(bc1, "FA-Z", "100", "20", "120").replace("\"100\"", "100"))
                .post("/productions/{p}/invoices", production).then().statusCode(400).contentType("application/problem+json");
        assertEquals(invoices, count(dataSource, "invoice"));
        assertEquals(entries, count(dataSource, "cost_entry"));

        // 12 000.00 + VAT 20 % 2 400.00 = 14 400.00, received 30 000.00: matched, due 2027-03-10 + 30 days
        as(ACCOUNTANT).header("Idempotency-Key", "fa-118-" + production)
                .body(invoice(bc1, "FA-118", "12000.00", "2400.00", "14400.00"))
                .post("/productions/{p}/invoices", production).then().statusCode(201)
                .body("status", equalTo("MATCHED")).body("dueDate", equalTo("2027-04-09")).body("mismatchReasons", hasSize(0));
        // the camera order has no receipt: the invoice stays open with the reason
        String fa2 = as(ACCOUNTANT).body(invoice(bc2, "FA-119", "25000.00", "5000.00", "30000.00"))
                .post("/productions/{p}/invoices", production).then().statusCode(201)
                .body("status", equalTo("MISMATCHED"))
                .body("mismatchReasons", hasItem("no receipt or sign-off recorded for the order")).extract().path("id");
        as(AUDITOR).get("/productions/{p}/invoices?status=MISMATCHED", production).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].id", equalTo(fa2));

        JsonPath report = as(AUDITOR).get("/productions/{p}/cost-report", production).then().statusCode(200)
                .extract().jsonPath();
        // locations: committed 30 000.00 - 12 000.00 invoiced = 18 000.00, actual 12 000.00, cost to date 30 000.00,
        // ETC 48 000.00 - 30 000.00 = 18 000.00, EFC 48 000.00, variance 0.00
        assertFigures((Map<String, Object>) reportLine(report, "52").get("figures"), "48000.00", "18000.00", "12000.00",
                "30000.00", "18000.00", "48000.00", "0.00");
        // camera: committed 25 000.00 (the invoice is not matched), ETC 0, EFC 25 000.00, variance -5 000.00
        assertFigures((Map<String, Object>) reportLine(report, "71").get("figures"), "20000.00", "25000.00", "0.00",
                "25000.00", "0.00", "25000.00", "-5000.00");
        // FG and imprévus forecast at their budget: no saving
        assertFigures((Map<String, Object>) reportLine(report, "IMP").get("figures"), "6800.00", "0.00", "0.00", "0.00",
                "6800.00", "6800.00", "0.00");
        // total: budget 79 560.00, committed 43 000.00, actual 12 000.00, cost to date 55 000.00,
        // ETC 18 000.00 + 4 760.00 + 6 800.00 = 29 560.00, EFC 84 560.00, variance -5 000.00
        assertFigures(report.getMap("total"), "79560.00", "43000.00", "12000.00", "55000.00", "29560.00", "84560.00",
                "-5000.00");
        assertEquals("-5000.00", report.getString("costLinesVariance.amount"));

        String csv = as(AUDITOR).get("/productions/{p}/cost-report/export.csv", production).then().statusCode(200)
                .contentType(startsWith("text/csv")).header("Content-Disposition", containsString("cost-report-v1.csv"))
                .extract().asString();
        assertTrue(csv.contains("total;;;;total;79560,00;43000,00;12000,00;55000,00;29560,00;84560,00;-5000,00"), csv);
        assertTrue(csv.contains("chapitre;5;;5;;48000,00;18000,00;12000,00;30000,00;18000,00;48000,00;0,00"), csv);

        // receipt recorded, the open invoice matches: the camera commitment becomes actual
        as(MANAGER).body("{\"received\": {\"amount\": \"25000.00\", \"currency\": \"EUR\"}}")
                .put("/productions/{p}/purchase-orders/{o}/receipt", production, bc2).then().statusCode(200);
        as(ACCOUNTANT).post("/productions/{p}/invoices/{i}/match", production, fa2).then().statusCode(200)
                .body("status", equalTo("MATCHED"));
        as(ACCOUNTANT).post("/productions/{p}/invoices/{i}/match", production, fa2).then().statusCode(409);
        // releasing the contingency: variance -5 000.00 + 6 800.00 = +1 800.00, cost lines still -5 000.00
        JsonPath after = as(ACCOUNTANT).body("{\"estimateToComplete\": {\"amount\": \"0.00\", \"currency\": \"EUR\"}}")
                .put("/productions/{p}/cost-report/estimates/IMP", production).then().statusCode(200).extract().jsonPath();
        assertFigures((Map<String, Object>) reportLine(after, "71").get("figures"), "20000.00", "0.00", "25000.00",
                "25000.00", "0.00", "25000.00", "-5000.00");
        assertEquals("1800.00", after.getString("total.variance.amount"));
        assertEquals("-5000.00", after.getString("costLinesVariance.amount"));

        // journal: two purchase entries, expenses on the mapped PCG accounts with the budget account as analytic code
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        JsonPath journal = as(ACCOUNTANT).get("/productions/{p}/accounting/journal-entries?from={f}&to={t}", production,
                today, today).then().statusCode(200).extract().jsonPath();
        // numbered per production, without gaps
        assertEquals(List.of("AC000001", "AC000002"), journal.getList("items.number"));
        assertEquals(List.of("6132", "44566", "401"), journal.getList("items[0].lines.account"));
        assertEquals("52", journal.getString("items[0].lines[0].analyticCode"));
        assertEquals(List.of("12000.00", "2400.00", "0.00"), journal.getList("items[0].lines.debit"));
        assertEquals("14400.00", journal.getString("items[0].lines[2].credit"));

        int year = LocalDate.now(ZoneOffset.UTC).getYear();
        byte[] fec = as(ACCOUNTANT).get("/productions/{p}/accounting/fec?from={f}&to={t}", production, year + "-01-01",
                year + "-12-31").then().statusCode(200).contentType(startsWith("text/plain"))
                .header("Content-Disposition", containsString("732829320FEC" + year + "1231.txt")).extract().asByteArray();
        String[] records = new String(fec, FecWriter.CHARSET).split("\r\n");
        assertEquals(String.join("|", FecWriter.COLUMNS), records[0]);
        assertEquals(7, records.length, String.join("\n", records));
        BigDecimal debit = BigDecimal.ZERO;
        BigDecimal credit = BigDecimal.ZERO;
        for (int i = 1; i < records.length; i++) {
            String[] f = records[i].split("\\|", -1);
            assertEquals(18, f.length);
            assertTrue(f[3].matches("[0-9]{8}"), f[3]);
            debit = debit.add(new BigDecimal(f[11].replace(',', '.')));
            credit = credit.add(new BigDecimal(f[12].replace(',', '.')));
        }
        // 14 400.00 + 30 000.00 = 44 400.00 on each side
        assertEquals(new BigDecimal("44400.00"), debit);
        assertEquals(new BigDecimal("44400.00"), credit);

        as(ACCOUNTANT).get("/productions/{p}/accounting/fec?from=2001-01-01&to=2001-12-31", production).then()
                .statusCode(422).contentType("application/problem+json");
    }

    @Test
    void supplierSiretIsCheckedAndTheIbanShownToAccountantsOnly() throws Exception {
        long suppliers = count(dataSource, "supplier");
        as(ACCOUNTANT).body("""
                {"name": "Mauvais", "siret": "73282932000075", "iban": "FR7630006000011234567890189"}""")
                .post("/suppliers").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(containsString("siret")));
        assertEquals(suppliers, count(dataSource, "supplier"));
        String id = supplier("Cantine du Port");
        as(ACCOUNTANT).get("/suppliers/{s}", id).then().statusCode(200).body("iban", equalTo("FR7630006000011234567890189"));
        as(MANAGER).get("/suppliers/{s}", id).then().statusCode(200).body("iban", equalTo("FR76 **** 0189"));
        as(AUDITOR).body("{\"name\": \"X\", \"siret\": \"" + siret() + "\"}").post("/suppliers").then().statusCode(403);
    }

    @Test
    void costReportWithoutLockedBudgetIsRefused() {
        String[] b = draftBudget("Pas Encore Verrouillé");
        as(AUDITOR).get("/productions/{p}/cost-report", b[0]).then().statusCode(422)
                .contentType("application/problem+json");
    }

    @Test
    void accountMappingIsEditableByAccountantsWithAPcgAccount() {
        as(ACCOUNTANT).body("{\"pcgAccount\": \"ABC\", \"pcgLabel\": \"x\"}").put("/account-mappings/{c}", "54").then()
                .statusCode(400).contentType("application/problem+json");
        as(ACCOUNTANT).body("{\"pcgAccount\": \"6064\", \"pcgLabel\": \"Fournitures\"}").put("/account-mappings/{c}", "54")
                .then().statusCode(200).body("pcgAccount", equalTo("6064"));
        as(MANAGER).body("{\"pcgAccount\": \"6064\", \"pcgLabel\": \"Fournitures\"}").put("/account-mappings/{c}", "54")
                .then().statusCode(403);
        as(AUDITOR).get("/account-mappings").then().statusCode(200).body("items.budgetAccountCode", hasItem("54"));
    }
}
