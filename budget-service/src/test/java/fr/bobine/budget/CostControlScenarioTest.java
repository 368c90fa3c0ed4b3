package fr.bobine.budget;

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

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.bobine.budget.devis.BudgetApi;
import fr.bobine.budget.labour.CrewCostHandlerTest;
import fr.bobine.testing.BobineStack;
import fr.bobine.testing.Eventually;
import fr.bobine.testing.TestEvents;
import fr.bobine.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Issue 4's scenario: a locked budget, three orders, two invoices (one mismatched), a crew contract and two approved
 * weeks arriving from crew through Kafka, a confirmed financing instalment and an opening balance. The cost report and
 * the cash-flow plan match figures computed by hand, the FEC parses back into balanced entries with its 18 columns, and
 * replaying every crew event (same ids, then new ids) changes no figure.
 */
@QuarkusTest
public class CostControlScenarioTest {

    public static final String ACCOUNTANT = TestTokens.forRoles("accountant");
    static final Duration WAIT = Duration.ofSeconds(30);
    static final List<String> FEC_COLUMNS = List.of("JournalCode", "JournalLib", "EcritureNum", "EcritureDate", "CompteNum",
            "CompteLib", "CompAuxNum", "CompAuxLib", "PieceRef", "PieceDate", "EcritureLib", "Debit", "Credit", "EcritureLet",
            "DateLet", "ValidDate", "Montantdevise", "Idevise");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    public static String addLine(String production, String[] ids, String account, String quantity, String rate, String label) {
        return as(MANAGER).body(line(account, quantity, rate, "EUR", "\"label\": \"" + label + "\""))
                .post(linesPath(), production, ids[0], ids[1]).then().statusCode(201).extract().path("id");
    }

    public static String supplier(String name) {
        return as(ACCOUNTANT).body("""
                {"name": "%s", "siret": "%s", "vatNumber": "FR40732829320"}""".formatted(name, Sirets.next()))
                .post("/suppliers").then().statusCode(201).extract().path("id");
    }

    public static String order(String production, String supplier, String number, String lineId, String amount, String date,
            int terms) {
        return as(MANAGER).body("""
                {"supplierId": "%s", "number": "%s", "description": "%s", "quoteRef": "DEVIS-%s", "orderDate": "%s",
                 "paymentTermsDays": %d, "allocations": [{"budgetLineId": "%s", "amount": {"amount": "%s", "currency": "EUR"}}]}"""
                .formatted(supplier, number, number, number, date, terms, lineId, amount))
                .post("/productions/{p}/purchase-orders", production).then().statusCode(201).extract().path("id");
    }

    public static void receipt(String production, String order, String amount) {
        as(MANAGER).body("{\"received\": {\"amount\": \"" + amount + "\", \"currency\": \"EUR\"}}")
                .put("/productions/{p}/purchase-orders/{o}/receipt", production, order).then().statusCode(200);
    }

    public static String invoice(String production, String order, String number, String date, String net, String vat, String gross) {
        return as(ACCOUNTANT).body("""
                {"orderId": "%s", "number": "%s", "invoiceDate": "%s", "net": {"amount": "%s", "currency": "EUR"},
                 "vat": {"amount": "%s", "currency": "EUR"}, "gross": {"amount": "%s", "currency": "EUR"}}"""
                .formatted(order, number, date, net, vat, gross)).post("/productions/{p}/invoices", production).then()
                .statusCode(201).extract().path("status");
    }

    @Test
    @SuppressWarnings("unchecked")
    void costReportCashFlowAndFecMatchTheHandComputationAndCrewReplaysChangeNothing() {
        // --- the locked budget
        String production = BudgetApi.newProduction("Scénario du Phare");
        String[] ids = BudgetApi.newCinemaBudget(production);
        String locations = addLine(production, ids, "52", "1", "48000.00", "Décors naturels");
        String camera = addLine(production, ids, "71", "1", "20000.00", "Caméra");
        // line producer, 8 weeks x 2 000.00 = 16 000.00; the devis computes its 52 % charges (8 320.00) on account 42
        addLine(production, ids, "2301", "8", "2000.00", "Directeur de production");
        as(PRODUCER).post(versionPath() + "/approval", production, ids[0], ids[1]).then().statusCode(200);

        // --- orders, receipts, invoices
        String cam = supplier("Caméras du Ponant");
        String loc = supplier("Régie des Phares");
        String bc1 = order(production, cam, "BC-1", camera, "18000.00", "2027-03-01", 30);
        String bc2 = order(production, loc, "BC-2", locations, "30000.00", "2027-03-15", 45);
        order(production, loc, "BC-3", locations, "6000.00", "2027-04-20", 30);
        receipt(production, bc1, "18000.00");
        receipt(production, bc2, "10000.00");
        // CAM-1: 9 000.00 + 1 800.00 = 10 800.00 on 31 March, due 30 April: matched
        assertEquals("MATCHED", invoice(production, bc1, "CAM-1", "2027-03-31", "9000.00", "1800.00", "10800.00"));
        // LOC-1: 12 000.00 + 2 400.00 = 14 400.00 on 1 April, due 16 May: more than the 10 000.00 received, mismatched
        assertEquals("MISMATCHED", invoice(production, bc2, "LOC-1", "2027-04-01", "12000.00", "2400.00", "14400.00"));

        // --- crew through Kafka: gross 16 000.00, allowances 400.00, employer cost 24 720.00 -> charges 8 320.00;
        // weeks of 2 000.00 (charges 1 040.00) and 2 150.00 with overtime (charges 2 150.00 x 0.52 = 1 118.00)
        String topic = BobineStack.topic("crew");
        UUID contract = UUID.randomUUID();
        List<ObjectNode> crew = List.of(
                CrewCostHandlerTest.contractSigned(production, contract, "2301", "16000.00", "400.00", "24720.00",
                        "2027-04-05", "2027-05-28"),
                CrewCostHandlerTest.timesheetApproved(production, contract, "2301", "2027-04-05", "2000.00"),
                CrewCostHandlerTest.timesheetApproved(production, contract, "2301", "2027-04-12", "2150.00"));
        crew.forEach(e -> TestEvents.send(bootstrap, topic, e));

        // --- financing and opening balance
        String cnc = as(MANAGER).body("""
                {"kind": "AVANCE_SUR_RECETTES", "financier": "CNC", "amount": {"amount": "40000.00", "currency": "EUR"},
                 "instalments": [{"dueDate": "2027-04-21", "amount": {"amount": "40000.00", "currency": "EUR"}}]}""")
                .post("/productions/{p}/financing-plan/sources", production).then().statusCode(201).extract().path("id");
        as(PRODUCER).post("/productions/{p}/financing-plan/sources/{s}/confirmation", production, cnc).then().statusCode(200);
        as(ACCOUNTANT).body("""
                {"openingBalance": {"amount": "25000.00", "currency": "EUR"}, "openingDate": "2027-04-05",
                 "threshold": {"amount": "0.00", "currency": "EUR"}, "vatRate": "0.2", "salaryDaysAfterWeek": 5,
                 "contributionsDay": 15, "contributionsMonthsLater": 1, "statementPaymentDays": 30}""")
                .put("/productions/{p}/cash-flow/settings", production).then().statusCode(200);

        // the last crew event applied means the ones before it were (one key, one partition)
        Eventually.within(WAIT, () -> as(AUDITOR).get("/productions/{p}/cost-report", production).then().statusCode(200)
                .body("lines.find { it.accountCode == '2301' }.figures.actual.amount", equalTo("4150.00")));

        // --- the cost report, by hand:
        // 71 camera:    budget 20 000.00; committed 18 000.00 − 9 000.00 matched = 9 000.00; actual 9 000.00;
        //               cost to date 18 000.00; ETC 2 000.00; EFC 20 000.00; variance 0.00
        // 52 locations: budget 48 000.00; committed BC-2 30 000.00 (LOC-1 is not matched) + BC-3 6 000.00 = 36 000.00;
        //               actual 0.00; cost to date 36 000.00; ETC 12 000.00; EFC 48 000.00
        // 2301:         budget 16 000.00; actual 2 000.00 + 2 150.00 = 4 150.00; committed 16 000.00 − 4 150.00 =
        //               11 850.00; cost to date 16 000.00; ETC 0.00; EFC 16 000.00
        // 42 charges:   budget 8 320.00; actual 1 040.00 + 1 118.00 = 2 158.00; committed 8 320.00 − 2 158.00 = 6 162.00;
        //               cost to date 8 320.00; ETC 0.00; EFC 8 320.00
        // total committed 9 000.00 + 36 000.00 + 11 850.00 + 6 162.00 = 63 012.00; actual 9 000.00 + 4 150.00 +
        // 2 158.00 = 15 308.00
        JsonPath report = as(AUDITOR).get("/productions/{p}/cost-report", production).then().statusCode(200).extract()
                .jsonPath();
        assertLine(report, "71", "20000.00", "9000.00", "9000.00", "18000.00", "2000.00", "20000.00", "0.00");
        assertLine(report, "52", "48000.00", "36000.00", "0.00", "36000.00", "12000.00", "48000.00", "0.00");
        assertLine(report, "2301", "16000.00", "11850.00", "4150.00", "16000.00", "0.00", "16000.00", "0.00");
        assertLine(report, "42", "8320.00", "6162.00", "2158.00", "8320.00", "0.00", "8320.00", "0.00");
        assertEquals("63012.00", report.getString("total.committed.amount"));
        assertEquals("15308.00", report.getString("total.actual.amount"));

        // --- the cash-flow plan, by hand (opening 25 000.00 on Monday 5 April 2027, VAT 20 %, salaries on the Friday
        // after the week, contributions on the 15th of the next month). Movements:
        //   BC-1 open 18 000.00 − 9 000.00 invoiced = 9 000.00 + VAT = 10 800.00, due 31 March: late, W14
        //   BC-2 open 30 000.00 − 12 000.00 invoiced (LOC-1, even mismatched) = 18 000.00 + VAT = 21 600.00, 29 April: W17
        //   BC-3 6 000.00 + VAT = 7 200.00, 20 May: W20
        //   CAM-1 10 800.00 due 30 April: W17; LOC-1 14 400.00 due 16 May (a Sunday): W19
        //   week of 5 April: salary 2 000.00 on 16 April (W15), charges 1 040.00 on 15 May (W19)
        //   week of 12 April: salary 2 150.00 on 23 April (W16), charges 1 118.00 on 15 May (W19)
        //   open contract: 11 850.00 gross and 6 162.00 charges over the 6 weeks from 19 April to 24 May: 1 975.00 and
        //   1 027.00 a week; salaries on 30 April (W17), 7, 14, 21, 28 May (W18..W21), 4 June (W22); charges of the
        //   April salary on 15 May (W19), of the four May ones on 15 June (W24: 4 x 1 027.00 = 4 108.00), of the June
        //   one on 15 July (W28)
        //   CNC 40 000.00 on 21 April: W16
        // W14 25 000.00 − 10 800.00 = 14 200.00
        // W15 14 200.00 − 2 000.00 = 12 200.00
        // W16 12 200.00 + 40 000.00 − 2 150.00 = 50 050.00
        // W17 50 050.00 − (10 800.00 + 21 600.00 + 1 975.00 = 34 375.00) = 15 675.00
        // W18 15 675.00 − 1 975.00 = 13 700.00
        // W19 13 700.00 − (14 400.00 + 1 975.00 + 1 040.00 + 1 118.00 + 1 027.00 = 19 560.00) = −5 860.00 shortfall
        // W20 −5 860.00 − (1 975.00 + 7 200.00) = −15 035.00
        // W21 −15 035.00 − 1 975.00 = −17 010.00; W22 −18 985.00; W23 −18 985.00
        // W24 −18 985.00 − 4 108.00 = −23 093.00; W25..W27 −23 093.00; W28 −23 093.00 − 1 027.00 = −24 120.00
        // check: 25 000.00 + 40 000.00 − 89 120.00 out = −24 120.00
        JsonPath plan = as(AUDITOR).get("/productions/{p}/cash-flow", production).then().statusCode(200).extract().jsonPath();
        assertEquals("2027-04-05", plan.getString("from"));
        assertEquals("2027-07-12", plan.getString("to"));
        assertEquals(List.of("14200.00", "12200.00", "50050.00", "15675.00", "13700.00", "-5860.00", "-15035.00", "-17010.00",
                "-18985.00", "-18985.00", "-23093.00", "-23093.00", "-23093.00", "-23093.00", "-24120.00"),
                plan.getList("weeks.closingBalance.amount"));
        assertEquals("10800.00", plan.getString("weeks[0].moneyOut.find { it.category == 'PURCHASE_ORDERS' }.amount.amount"));
        assertTrue(plan.getBoolean("weeks[0].items.find { it.reference == 'BC-1' }.overdue"));
        assertEquals("40000.00", plan.getString("weeks[2].moneyIn.find { it.category == 'FINANCING' }.amount.amount"));
        assertEquals("10800.00", plan.getString("weeks[3].moneyOut.find { it.category == 'SUPPLIER_INVOICES' }.amount.amount"));
        assertEquals("21600.00", plan.getString("weeks[3].moneyOut.find { it.category == 'PURCHASE_ORDERS' }.amount.amount"));
        assertEquals("1975.00", plan.getString("weeks[3].moneyOut.find { it.category == 'SALARIES' }.amount.amount"));
        assertEquals("3185.00", plan.getString("weeks[5].moneyOut.find { it.category == 'SOCIAL_CHARGES' }.amount.amount"));
        assertEquals("19560.00", plan.getString("weeks[5].totalOut.amount"));
        assertEquals("4108.00", plan.getString("weeks[10].moneyOut.find { it.category == 'SOCIAL_CHARGES' }.amount.amount"));
        assertEquals("2027-05-10", plan.getString("shortfall.firstShortfallWeek"));
        assertEquals("2027-07-12", plan.getString("shortfall.lowestBalanceWeek"));
        assertEquals("-24120.00", plan.getString("shortfall.lowestBalance.amount"));

        // --- the April payroll posting (OD de paie), by hand: gross 2 000.00 + 2 150.00 = 4 150.00 debited to 6411 with
        // 2301 as analytic code, charges 1 040.00 + 1 118.00 = 2 158.00 debited to 645 with 42 (the row of computed
        // charges) as analytic code; credited 421 4 150.00 and 431 2 158.00
        JsonPath payroll = as(ACCOUNTANT).body("{\"month\": \"2027-04\"}")
                .post("/productions/{p}/accounting/payroll-postings", production).then().statusCode(200).extract().jsonPath();
        assertEquals(4, payroll.getInt("costsPosted"));
        assertEquals("4150.00", payroll.getString("entry.lines.find { it.account == '6411' }.debit"));
        assertEquals("2301", payroll.getString("entry.lines.find { it.account == '6411' }.analyticCode"));
        assertEquals("2158.00", payroll.getString("entry.lines.find { it.account == '645' }.debit"));
        assertEquals("42", payroll.getString("entry.lines.find { it.account == '645' }.analyticCode"));
        assertEquals("4150.00", payroll.getString("entry.lines.find { it.account == '421' }.credit"));
        assertEquals("2158.00", payroll.getString("entry.lines.find { it.account == '431' }.credit"));

        // --- the FEC of the year the entries were validated in: 18 columns in order, balanced entries
        int year = LocalDate.now(ZoneOffset.UTC).getYear();
        byte[] fec = as(ACCOUNTANT).get("/productions/{p}/accounting/fec?from={f}&to={t}", production, year + "-01-01",
                year + "-12-31").then().statusCode(200).extract().asByteArray();
        String[] records = new String(fec, Charset.forName("ISO-8859-15")).split("\r\n");
        assertEquals(FEC_COLUMNS, List.of(records[0].split("\\|", -1)));
        Map<String, BigDecimal[]> entries = new LinkedHashMap<>();
        List<String> credits401 = new ArrayList<>();
        for (int i = 1; i < records.length; i++) {
            String[] f = records[i].split("\\|", -1);
            assertEquals(18, f.length, records[i]);
            assertTrue(f[3].matches("[0-9]{8}") && f[15].matches("[0-9]{8}"), records[i]);
            BigDecimal debit = new BigDecimal(f[11].replace(',', '.'));
            BigDecimal credit = new BigDecimal(f[12].replace(',', '.'));
            entries.merge(f[2], new BigDecimal[] { debit, credit },
                    (a, b) -> new BigDecimal[] { a[0].add(b[0]), a[1].add(b[1]) });
            if (f[4].startsWith("401")) {
                credits401.add(f[12]);
            }
        }
        assertTrue(!entries.isEmpty());
        entries.forEach((number, sides) -> assertEquals(0, sides[0].compareTo(sides[1]), "entry " + number + " balanced"));
        // the matched invoice CAM-1 is owed to the supplier: 10 800,00 on 401; the mismatched LOC-1 is not booked yet
        assertTrue(credits401.contains("10800,00"), credits401.toString());
        assertTrue(!credits401.contains("14400,00"), credits401.toString());

        // --- every crew event again with the same ids, then under new ids: no figure moves
        String reportBefore = as(AUDITOR).get("/productions/{p}/cost-report", production).then().statusCode(200).extract()
                .asString();
        String planBefore = as(AUDITOR).get("/productions/{p}/cash-flow", production).then().statusCode(200).extract()
                .asString();
        crew.forEach(e -> TestEvents.send(bootstrap, topic, e));
        crew.forEach(e -> {
            ObjectNode renamed = e.deepCopy();
            renamed.put("id", UUID.randomUUID().toString());
            TestEvents.send(bootstrap, topic, renamed);
        });
        // a marker that changes no figure: a week of a contract nobody signed is parked; once it is, the replays were
        // applied before it
        ObjectNode marker = CrewCostHandlerTest.timesheetApproved(production, UUID.randomUUID(), "2301", "2027-04-19",
                "1.00");
        TestEvents.send(bootstrap, topic, marker);
        Eventually.within(WAIT, () -> as(AUDITOR).queryParam("size", 200).get("/admin/dead-letters").then().statusCode(200)
                .body("items.eventId", hasItem(marker.path("id").asText())));
        assertEquals(reportBefore, as(AUDITOR).get("/productions/{p}/cost-report", production).then().statusCode(200)
                .extract().asString());
        assertEquals(planBefore, as(AUDITOR).get("/productions/{p}/cash-flow", production).then().statusCode(200)
                .extract().asString());
    }

    @SuppressWarnings("unchecked")
    static void assertLine(JsonPath report, String account, String budget, String committed, String actual,
            String costToDate, String etc, String efc, String variance) {
        Map<String, Object> figures = report.getMap("lines.find { it.accountCode == '" + account + "' }.figures");
        assertEquals(budget, ((Map<String, String>) figures.get("budget")).get("amount"), account + " budget");
        assertEquals(committed, ((Map<String, String>) figures.get("committed")).get("amount"), account + " committed");
        assertEquals(actual, ((Map<String, String>) figures.get("actual")).get("amount"), account + " actual");
        assertEquals(costToDate, ((Map<String, String>) figures.get("costToDate")).get("amount"), account + " cost to date");
        assertEquals(etc, ((Map<String, String>) figures.get("estimateToComplete")).get("amount"), account + " ETC");
        assertEquals(efc, ((Map<String, String>) figures.get("estimatedFinalCost")).get("amount"), account + " EFC");
        assertEquals(variance, ((Map<String, String>) figures.get("variance")).get("amount"), account + " variance");
    }
}
