package fr.bobine.budget.payment;

import static fr.bobine.budget.devis.BudgetApi.AUDITOR;
import static fr.bobine.budget.devis.BudgetApi.MANAGER;
import static fr.bobine.budget.devis.BudgetApi.PRODUCER;
import static fr.bobine.budget.devis.BudgetApi.as;
import static fr.bobine.budget.devis.BudgetApi.count;
import static fr.bobine.budget.devis.BudgetApi.line;
import static fr.bobine.budget.devis.BudgetApi.linesPath;
import static fr.bobine.budget.devis.BudgetApi.versionPath;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import fr.bobine.budget.Sirets;
import fr.bobine.budget.accounting.FecWriter;
import fr.bobine.budget.accounting.JournalCsv;
import fr.bobine.budget.devis.BudgetApi;
import fr.bobine.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/** Payments imported from the accounting software and typed by hand, their bank entries, lettering, FEC and CSV journal. */
@QuarkusTest
class PaymentResourceTest {

    static final String ACCOUNTANT = TestTokens.forRoles("accountant");

    @Inject
    DataSource dataSource;

    /** A production with a locked budget and three invoices; its ids and the suppliers' SIRETs. */
    record Books(String production, String cameraSiret, String lightsSiret, String camera, String lights, String open) {
    }

    /** A 14-digit SIRET with a valid Luhn key, different on every call. */
    static String siret() {
        return Sirets.next();
    }

    static String supplier(String name, String siret) {
        return as(ACCOUNTANT).body("""
                {"name": "%s", "siret": "%s", "vatNumber": "FR40732829320", "iban": "FR7630006000011234567890189"}"""
                .formatted(name, siret)).post("/suppliers").then().statusCode(201).extract().path("id");
    }

    static String order(String production, String supplier, String number, String lineId, String amount, String received) {
        String id = as(MANAGER).body("""
                {"supplierId": "%s", "number": "%s", "description": "Location", "quoteRef": "DV-%s",
                 "orderDate": "2027-04-01", "paymentTermsDays": 30,
                 "allocations": [{"budgetLineId": "%s", "amount": {"amount": "%s", "currency": "EUR"}}]}"""
                .formatted(supplier, number, number, lineId, amount)).post("/productions/{p}/purchase-orders", production)
                .then().statusCode(201).extract().path("id");
        as(MANAGER).body("{\"received\": {\"amount\": \"" + received + "\", \"currency\": \"EUR\"}}")
                .put("/productions/{p}/purchase-orders/{o}/receipt", production, id).then().statusCode(200);
        return id;
    }

    static String invoice(String production, String order, String number, String net, String vat, String gross,
            String status) {
        return as(ACCOUNTANT).body("""
                {"orderId": "%s", "number": "%s", "invoiceDate": "2027-04-30",
                 "net": {"amount": "%s", "currency": "EUR"}, "vat": {"amount": "%s", "currency": "EUR"},
                 "gross": {"amount": "%s", "currency": "EUR"}}""".formatted(order, number, net, vat, gross))
                .post("/productions/{p}/invoices", production).then().statusCode(201).body("status", equalTo(status))
                .extract().path("id");
    }

    static Books books(String title) {
        String production = BudgetApi.newProduction(title);
        String[] ids = BudgetApi.newCinemaBudget(production);
        String cameraLine = as(MANAGER).body(line("71", "8", "6500.00", "EUR", null))
                .post(linesPath(), production, ids[0], ids[1]).then().statusCode(201).extract().path("id");
        String lightsLine = as(MANAGER).body(line("73", "8", "4500.00", "EUR", null))
                .post(linesPath(), production, ids[0], ids[1]).then().statusCode(201).extract().path("id");
        as(PRODUCER).post(versionPath() + "/approval", production, ids[0], ids[1]).then().statusCode(200);
        String cameraSiret = siret();
        String lightsSiret = siret();
        String camera = supplier("Caméras du Ponant", cameraSiret);
        String lights = supplier("Lumières de l'Ouest", lightsSiret);
        String bc1 = order(production, camera, "BC-1", cameraLine, "52000.00", "26000.00");
        String bc2 = order(production, lights, "BC-2", lightsLine, "36000.00", "12000.00");
        // 26 000.00 + VAT 5 200.00 = 31 200.00 and 12 000.00 + 2 400.00 = 14 400.00: matched; 19 750.00 on a receipt of
        // 12 000.00 already invoiced: open
        return new Books(production, cameraSiret, lightsSiret,
                invoice(production, bc1, "TPX-27-0412", "26000.00", "5200.00", "31200.00", "MATCHED"),
                invoice(production, bc2, "LDO-27-118", "12000.00", "2400.00", "14400.00", "MATCHED"),
                invoice(production, bc2, "LDO-27-119", "19750.00", "3950.00", "23700.00", "MISMATCHED"));
    }

    static ValidatableResponse importFile(String production, String fileName, String csv) {
        return given().auth().oauth2(ACCOUNTANT).contentType("text/csv; charset=UTF-8")
                .body(csv.getBytes(StandardCharsets.UTF_8)).queryParam("fileName", fileName)
                .post("/productions/{p}/payments/imports", production).then();
    }

    /** The payments of the invoice, the invoice itself and its place in the list filtered by payment status agree. */
    static void assertPaid(String production, String invoice, String paid, String remaining) {
        as(AUDITOR).get("/productions/{p}/payments?invoiceId={i}", production, invoice).then().statusCode(200)
                .body("invoicePaid.amount", equalTo(paid)).body("invoiceRemaining.amount", equalTo(remaining));
        String status = new BigDecimal(paid).signum() == 0 ? "UNPAID"
                : new BigDecimal(remaining).signum() == 0 ? "PAID" : "PARTIALLY_PAID";
        as(AUDITOR).get("/productions/{p}/invoices/{i}", production, invoice).then().statusCode(200)
                .body("paid.amount", equalTo(paid)).body("outstanding.amount", equalTo(remaining))
                .body("paymentStatus", equalTo(status));
        for (String filter : List.of("UNPAID", "PARTIALLY_PAID", "PAID")) {
            List<String> listed = as(AUDITOR).queryParam("paymentStatus", filter).get("/productions/{p}/invoices", production)
                    .then().statusCode(200).extract().path("items.id");
            assertEquals(filter.equals(status), listed.contains(invoice), invoice + " listed under " + filter);
        }
    }

    @Test
    void anImportBooksEachPaymentOnceWhateverTheFileAndABadFileBooksNothing() throws Exception {
        Books b = books("Règlements du Phare");
        assertPaid(b.production(), b.camera(), "0.00", "31200.00");
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String first = """
                Référence;Date;SIRET;Facture;Montant;Devise;Libellé
                VIR-0530-01;30/05/2027;%s;TPX-27-0412;20 000,00;EUR;Caméras du Ponant, acompte
                VIR-0531-01;31/05/2027;%s;LDO-27-118;14400,00;EUR;Lumières de l'Ouest
                """.formatted(b.cameraSiret(), b.lightsSiret());
        String importId = importFile(b.production(), "reglements-mai.csv", first).statusCode(201)
                .header("Location", containsString("/payments/imports/"))
                .body("fileName", equalTo("reglements-mai.csv")).body("linesRead", equalTo(2))
                .body("linesBooked", equalTo(2)).body("linesAlreadyBooked", equalTo(0))
                .body("payments", hasSize(2)).body("payments[0].lineNumber", equalTo(2))
                .body("payments[0].amount.amount", equalTo("20000.00")).body("payments[0].reference", equalTo("VIR-0530-01"))
                .extract().path("id");
        // 31 200.00 - 20 000.00 = 11 200.00 still due; the lighting invoice is settled
        assertPaid(b.production(), b.camera(), "20000.00", "11200.00");
        assertPaid(b.production(), b.lights(), "14400.00", "0.00");
        assertPaid(b.production(), b.open(), "0.00", "23700.00");

        // the same bytes again: the first result, 200, nothing booked
        long payments = count(dataSource, "payment");
        long entries = count(dataSource, "journal_entry");
        importFile(b.production(), "reglements-mai (copie).csv", first).statusCode(200).body("id", equalTo(importId))
                .body("fileName", equalTo("reglements-mai.csv")).body("linesBooked", equalTo(2));
        assertEquals(payments, count(dataSource, "payment"));
        assertEquals(entries, count(dataSource, "journal_entry"));

        // another file, ',' and decimal points, overlapping: the lighting payment again and the camera balance
        String second = """
                reference,paid_on,supplier_siret,invoice_number,amount,currency,label
                VIR-0531-01,2027-05-31,%s,LDO-27-118,14400.00,EUR,Lumières de l'Ouest
                VIR-0615-01,2027-06-15,%s,TPX-27-0412,11200.00,EUR,"Caméras du Ponant, solde"
                """.formatted(b.lightsSiret(), b.cameraSiret());
        importFile(b.production(), null, second).statusCode(201).body("linesRead", equalTo(2))
                .body("linesBooked", equalTo(1)).body("linesAlreadyBooked", equalTo(1)).body("payments", hasSize(1))
                .body("payments[0].reference", equalTo("VIR-0615-01"));
        assertPaid(b.production(), b.camera(), "31200.00", "0.00");

        // a file with bad lines is refused whole: every bad line with its reason, nothing booked
        payments = count(dataSource, "payment");
        entries = count(dataSource, "journal_entry");
        long imports = count(dataSource, "payment_import");
        String bad = """
                reference;paid_on;supplier_siret;invoice_number;amount
                VIR-0620-01;2027-06-20;%s;TPX-27-0412;0,01
                VIR-0620-02;2027-06-20;%s;LDO-27-119;100,00
                VIR-0620-03;2027-06-20;%s;LDO-27-999;100,00
                VIR-0620-04;2027-13-01;%s;LDO-27-118;100,00
                VIR-0620-05;2027-06-20;%s;LDO-27-118;-3
                """.formatted(b.cameraSiret(), b.lightsSiret(), b.lightsSiret(), b.lightsSiret(), b.lightsSiret());
        JsonPath problem = importFile(b.production(), "bad.csv", bad).statusCode(422)
                .contentType("application/problem+json").body("detail", containsString("nothing was booked"))
                .extract().jsonPath();
        assertEquals(List.of("line 2", "line 3", "line 4", "line 5", "line 6"), problem.getList("errors.field"));
        List<String> reasons = problem.getList("errors.reason");
        assertEquals("amount 0.01 is more than the 0.00 still due on invoice TPX-27-0412 of supplier " + b.cameraSiret(),
                reasons.get(0));
        assertTrue(reasons.get(1).contains("LDO-27-119") && reasons.get(1).contains("not matched"), reasons.get(1));
        assertEquals("unknown invoice LDO-27-999 of supplier " + b.lightsSiret(), reasons.get(2));
        assertTrue(reasons.get(3).startsWith("bad date '2027-13-01'"), reasons.get(3));
        assertEquals("amount -3.00 is not above zero", reasons.get(4));
        assertEquals(payments, count(dataSource, "payment"));
        assertEquals(entries, count(dataSource, "journal_entry"));
        assertEquals(imports, count(dataSource, "payment_import"));

        as(AUDITOR).get("/productions/{p}/payments/imports", b.production()).then().statusCode(200)
                .body("items", hasSize(2)).body("items[1].id", equalTo(importId));
        as(AUDITOR).get("/productions/{p}/payments/imports/{i}", b.production(), importId).then().statusCode(200)
                .body("sha256", equalTo(PaymentCsv.sha256(first.getBytes(StandardCharsets.UTF_8))));
        as(PRODUCER).contentType("text/csv").body(first).post("/productions/{p}/payments/imports", b.production()).then()
                .statusCode(403);

        // journal: two purchase entries (the open invoice has none), then three bank entries (401 supplier in debit,
        // 512 bank in credit), numbered in one sequence per production
        JsonPath journal = as(ACCOUNTANT).get("/productions/{p}/accounting/journal-entries?from={f}&to={t}",
                b.production(), today, today).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("AC000001", "AC000002", "BQ000003", "BQ000004", "BQ000005"), journal.getList("items.number"));
        assertEquals(List.of("401", "512"), journal.getList("items[2].lines.account"));
        assertEquals(List.of("20000.00", "0.00"), journal.getList("items[2].lines.debit"));
        assertEquals(List.of("0.00", "20000.00"), journal.getList("items[2].lines.credit"));
        assertEquals("F" + b.cameraSiret().substring(0, 9), journal.getString("items[2].lines[0].auxNumber"));
        assertEquals("2027-05-30", journal.getString("items[2].entryDate"));
        assertEquals("VIR-0530-01", journal.getString("items[2].pieceRef"));
        // lettering: the lighting invoice was settled first (AAA, 31 May), the camera invoice by its balance (AAB, 15 June)
        assertEquals("AAB", journal.getString("items[0].lines.find { it.account == '401' }.lettering"));
        assertEquals("2027-06-15", journal.getString("items[0].lines.find { it.account == '401' }.letteredOn"));
        assertEquals("AAA", journal.getString("items[1].lines.find { it.account == '401' }.lettering"));
        assertEquals("AAA", journal.getString("items[3].lines[0].lettering"));
        assertEquals("2027-05-31", journal.getString("items[3].lines[0].letteredOn"));
        assertEquals("AAB", journal.getString("items[2].lines[0].lettering"));
        assertEquals("AAB", journal.getString("items[4].lines[0].lettering"));
        // expense, VAT and bank lines are not lettered
        assertEquals(null, journal.getString("items[0].lines[0].lettering"));
        assertEquals(null, journal.getString("items[2].lines[1].lettering"));

        int year = LocalDate.now(ZoneOffset.UTC).getYear();
        String from = year + "-01-01";
        String to = year + "-12-31";
        byte[] fec = as(ACCOUNTANT).get("/productions/{p}/accounting/fec?from={f}&to={t}", b.production(), from, to).then()
                .statusCode(200).extract().asByteArray();
        String[] records = new String(fec, FecWriter.CHARSET).split("\r\n");
        BigDecimal fecDebit = BigDecimal.ZERO;
        BigDecimal fecCredit = BigDecimal.ZERO;
        List<String> lettered = new ArrayList<>();
        for (int i = 1; i < records.length; i++) {
            String[] f = records[i].split("\\|", -1);
            assertEquals(18, f.length, records[i]);
            fecDebit = fecDebit.add(new BigDecimal(f[11].replace(',', '.')));
            fecCredit = fecCredit.add(new BigDecimal(f[12].replace(',', '.')));
            if (!f[13].isEmpty()) {
                lettered.add(f[2] + " " + f[4] + " " + f[13] + " " + f[14]);
            }
        }
        // AC 31 200.00 + 14 400.00 = 45 600.00 (the open invoice is not journalled);
        // BQ 20 000.00 + 14 400.00 + 11 200.00 = 45 600.00; 45 600.00 + 45 600.00 = 91 200.00 on each side
        assertEquals(new BigDecimal("91200.00"), fecDebit);
        assertEquals(new BigDecimal("91200.00"), fecCredit);
        assertEquals(List.of("AC000001 401 AAB 20270615", "AC000002 401 AAA 20270531", "BQ000003 401 AAB 20270615",
                "BQ000004 401 AAA 20270531", "BQ000005 401 AAB 20270615"), lettered);

        // the CSV journal: the same lines, parsed back, balanced per entry
        String csv = new String(as(ACCOUNTANT).accept("text/csv")
                .get("/productions/{p}/accounting/journal?from={f}&to={t}", b.production(), from, to).then().statusCode(200)
                .contentType(startsWith("text/csv")).header("Content-Disposition",
                        containsString(JournalCsv.fileName(LocalDate.parse(from), LocalDate.parse(to))))
                .extract().asByteArray(), StandardCharsets.UTF_8);
        assertEquals('\uFEFF', csv.charAt(0), "the byte-order mark of every Bobine CSV");
        String[] rows = csv.substring(1).split("\r\n");
        assertEquals(String.join(";", JournalCsv.COLUMNS), rows[0]);
        assertEquals(records.length, rows.length);
        Map<String, BigDecimal> balance = new java.util.TreeMap<>();
        for (int i = 1; i < rows.length; i++) {
            String[] f = rows[i].split(";", -1);
            assertEquals(13, f.length, rows[i]);
            assertTrue(f[2].matches("[0-9]{2}/[0-9]{2}/[0-9]{4}"), f[2]);
            balance.merge(f[1], new BigDecimal(f[10].replace(',', '.')).subtract(new BigDecimal(f[11].replace(',', '.'))),
                    BigDecimal::add);
        }
        assertEquals(5, balance.size());
        balance.forEach((entry, net) -> assertEquals(0, net.signum(), entry + " is not balanced"));
        assertTrue(csv.contains("BQ;BQ000003;30/05/2027;401;Fournisseurs;F" + b.cameraSiret().substring(0, 9)
                + ";;VIR-0530-01;30/05/2027;Règlement Caméras du Ponant TPX-27-0412;20000,00;0,00;AAB\r\n"), csv);
        as(ACCOUNTANT).accept("text/csv").get("/productions/{p}/accounting/journal?from=2001-01-01&to=2001-12-31",
                b.production()).then().statusCode(422).contentType("application/problem+json");
        as(MANAGER).accept("text/csv").get("/productions/{p}/accounting/journal?from={f}&to={t}", b.production(), from, to)
                .then().statusCode(403);
    }

    @Test
    void aPaymentTypedByHandFollowsTheSameRulesAndItsReferenceIsBookedOnce() throws Exception {
        Books b = books("Chèques du Phare");
        long payments = count(dataSource, "payment");
        // 14 400.01 is one cent more than the gross
        as(ACCOUNTANT).body(payment(b.lights(), "14400.01", "CHQ-1")).post("/productions/{p}/payments", b.production())
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("more than the 14400.00 still due"));
        as(ACCOUNTANT).body(payment(b.open(), "100.00", "CHQ-1")).post("/productions/{p}/payments", b.production())
                .then().statusCode(422).body("detail", containsString("not matched"));
        as(ACCOUNTANT).body(payment(b.lights(), "100.00", "CHQ-1").replace("\"EUR\"", "\"USD\""))
                .post("/productions/{p}/payments", b.production()).then().statusCode(422)
                .body("detail", containsString("wrong currency USD"));
        assertEquals(payments, count(dataSource, "payment"));

        String id = as(ACCOUNTANT).header("Idempotency-Key", "chq-1-" + b.production())
                .body(payment(b.lights(), "4400.00", "CHQ-1")).post("/productions/{p}/payments", b.production()).then()
                .statusCode(201).header("Location", containsString("/payments/")).body("importId", nullValue())
                .body("invoiceNumber", equalTo("LDO-27-118")).body("reference", equalTo("CHQ-1")).extract().path("id");
        as(ACCOUNTANT).header("Idempotency-Key", "chq-1-" + b.production())
                .body(payment(b.lights(), "4400.00", "CHQ-1")).post("/productions/{p}/payments", b.production()).then()
                .statusCode(201).body("id", equalTo(id));
        as(ACCOUNTANT).body(payment(b.lights(), "4400.00", "CHQ-1")).post("/productions/{p}/payments", b.production())
                .then().statusCode(409).contentType("application/problem+json");
        assertEquals(payments + 1, count(dataSource, "payment"));
        as(MANAGER).get("/productions/{p}/payments/{id}", b.production(), id).then().statusCode(200)
                .body("amount.amount", equalTo("4400.00"));
        // 14 400.00 - 4 400.00 = 10 000.00 still due
        assertPaid(b.production(), b.lights(), "4400.00", "10000.00");

        // without a reference: known by its digest; the same payment typed again is a 409
        as(ACCOUNTANT).body(payment(b.lights(), "10000.00", null)).post("/productions/{p}/payments", b.production()).then()
                .statusCode(201).body("reference", startsWith("sha256:"));
        as(ACCOUNTANT).body(payment(b.lights(), "10000.00", null)).post("/productions/{p}/payments", b.production()).then()
                .statusCode(409);
        // settled by the second payment: its purchase and both payments share one lettering code
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        JsonPath journal = as(ACCOUNTANT).get("/productions/{p}/accounting/journal-entries?from={f}&to={t}",
                b.production(), today, today).then().statusCode(200).extract().jsonPath();
        List<String> codes = journal.getList("items.lines.flatten().findAll { it.account == '401' && it.lettering != null }"
                + ".lettering");
        assertEquals(List.of("AAA", "AAA", "AAA"), codes);
        as(AUDITOR).get("/productions/{p}/payments", b.production()).then().statusCode(200).body("items", hasSize(2))
                .body("invoicePaid", nullValue());
    }

    @Test
    void ordersInvoicesPaymentsAndImportsOfAProductionComeInPages() {
        Books b = books("Pages du Phare");
        String invoices = "/productions/{p}/invoices";

        // three invoices of one date, two a page: the id settles their order, the same on every read
        List<String> all = as(AUDITOR).get(invoices, b.production()).then().statusCode(200)
                .body("totalItems", equalTo(3)).body("size", equalTo(20)).body("nextPage", nullValue())
                .extract().path("items.id");
        assertEquals(Set.of(b.camera(), b.lights(), b.open()), Set.copyOf(all));
        as(AUDITOR).queryParam("size", 2).get(invoices, b.production()).then().statusCode(200)
                .body("items.id", equalTo(all.subList(0, 2))).body("page", equalTo(0)).body("size", equalTo(2))
                .body("totalItems", equalTo(3)).body("totalPages", equalTo(2)).body("nextPage", equalTo(1));
        as(AUDITOR).queryParam("size", 2).queryParam("page", 1).get(invoices, b.production()).then().statusCode(200)
                .body("items.id", equalTo(all.subList(2, 3))).body("page", equalTo(1)).body("nextPage", nullValue());
        as(AUDITOR).queryParam("size", 2).queryParam("page", 2).get(invoices, b.production()).then().statusCode(200)
                .body("items", hasSize(0)).body("totalItems", equalTo(3)).body("nextPage", nullValue());
        // filters count in the database: the two matched invoices, nothing paid yet, one a page
        as(AUDITOR).queryParam("status", "MATCHED").queryParam("paymentStatus", "UNPAID").queryParam("size", 1)
                .get(invoices, b.production()).then().statusCode(200).body("items", hasSize(1))
                .body("totalItems", equalTo(2)).body("totalPages", equalTo(2)).body("nextPage", equalTo(1));

        // two files: the camera invoice paid 1 000.00 in May, then 2 000.00 more and the lighting invoice in full
        String may = importFile(b.production(), "mai.csv", """
                Référence;Date;SIRET;Facture;Montant
                VIR-1;30/05/2027;%s;TPX-27-0412;1000,00
                """.formatted(b.cameraSiret())).statusCode(201).extract().path("id");
        String june = importFile(b.production(), "juin.csv", """
                Référence;Date;SIRET;Facture;Montant
                VIR-2;15/06/2027;%s;TPX-27-0412;2000,00
                VIR-3;31/05/2027;%s;LDO-27-118;14400,00
                """.formatted(b.cameraSiret(), b.lightsSiret())).statusCode(201).extract().path("id");
        // one invoice under each payment status, whichever filter pages them
        for (List<String> expected : List.of(List.of("UNPAID", b.open()), List.of("PARTIALLY_PAID", b.camera()),
                List.of("PAID", b.lights()))) {
            as(AUDITOR).queryParam("paymentStatus", expected.get(0)).queryParam("size", 1).get(invoices, b.production())
                    .then().statusCode(200).body("items.id", equalTo(List.of(expected.get(1))))
                    .body("totalItems", equalTo(1)).body("nextPage", nullValue());
        }

        // imports, the latest first
        as(AUDITOR).queryParam("size", 1).get("/productions/{p}/payments/imports", b.production()).then().statusCode(200)
                .body("items.id", equalTo(List.of(june))).body("totalItems", equalTo(2)).body("totalPages", equalTo(2))
                .body("nextPage", equalTo(1));
        as(AUDITOR).queryParam("size", 1).queryParam("page", 1).get("/productions/{p}/payments/imports", b.production())
                .then().statusCode(200).body("items.id", equalTo(List.of(may))).body("nextPage", nullValue());

        // payments by date: 30 May, 31 May, then 15 June
        as(AUDITOR).queryParam("size", 2).get("/productions/{p}/payments", b.production()).then().statusCode(200)
                .body("items.reference", equalTo(List.of("VIR-1", "VIR-3"))).body("totalItems", equalTo(3))
                .body("nextPage", equalTo(1)).body("invoicePaid", nullValue());
        as(AUDITOR).queryParam("size", 2).queryParam("page", 1).get("/productions/{p}/payments", b.production()).then()
                .statusCode(200).body("items.reference", equalTo(List.of("VIR-2"))).body("nextPage", nullValue());
        // one invoice's payments, one a page: paid and due are the whole invoice's, 31 200.00 - 3 000.00 = 28 200.00
        for (int page = 0; page < 2; page++) {
            as(AUDITOR).queryParam("invoiceId", b.camera()).queryParam("size", 1).queryParam("page", page)
                    .get("/productions/{p}/payments", b.production()).then().statusCode(200)
                    .body("items.reference", equalTo(List.of(page == 0 ? "VIR-1" : "VIR-2")))
                    .body("totalItems", equalTo(2)).body("nextPage", page == 0 ? equalTo(1) : nullValue())
                    .body("invoicePaid.amount", equalTo("3000.00")).body("invoiceRemaining.amount", equalTo("28200.00"));
        }

        // orders, oldest first
        as(AUDITOR).queryParam("size", 1).get("/productions/{p}/purchase-orders", b.production()).then().statusCode(200)
                .body("items.number", equalTo(List.of("BC-1"))).body("totalItems", equalTo(2))
                .body("totalPages", equalTo(2)).body("nextPage", equalTo(1));
        as(AUDITOR).queryParam("size", 1).queryParam("page", 1).get("/productions/{p}/purchase-orders", b.production())
                .then().statusCode(200).body("items.number", equalTo(List.of("BC-2"))).body("nextPage", nullValue());

        // a page of nothing, of more than 200 or before the first: 400 naming the parameter, on every list
        for (String path : List.of(invoices, "/productions/{p}/purchase-orders", "/productions/{p}/payments",
                "/productions/{p}/payments/imports")) {
            as(AUDITOR).queryParam("size", 0).get(path, b.production()).then().statusCode(400)
                    .contentType(startsWith("application/problem+json")).body("errors[0].field", equalTo("size"));
            as(AUDITOR).queryParam("size", 201).get(path, b.production()).then().statusCode(400)
                    .contentType(startsWith("application/problem+json")).body("errors[0].field", equalTo("size"));
            as(AUDITOR).queryParam("page", -1).get(path, b.production()).then().statusCode(400)
                    .contentType(startsWith("application/problem+json")).body("errors[0].field", equalTo("page"));
        }
    }

    static String payment(String invoice, String amount, String reference) {
        return """
                {"invoiceId": "%s", "paidOn": "2027-06-01", "amount": {"amount": "%s", "currency": "EUR"}%s}"""
                .formatted(invoice, amount, reference == null ? "" : ", \"reference\": \"" + reference + "\"");
    }
}
