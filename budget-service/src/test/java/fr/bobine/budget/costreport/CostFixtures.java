package fr.bobine.budget.costreport;

import static fr.bobine.budget.devis.BudgetApi.MANAGER;
import static fr.bobine.budget.devis.BudgetApi.PRODUCER;
import static fr.bobine.budget.devis.BudgetApi.as;
import static fr.bobine.budget.devis.BudgetApi.line;
import static fr.bobine.budget.devis.BudgetApi.linesPath;
import static fr.bobine.budget.devis.BudgetApi.versionPath;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import fr.bobine.budget.Sirets;
import fr.bobine.budget.devis.BudgetApi;
import io.restassured.path.json.JsonPath;
import fr.bobine.testing.TestTokens;

/**
 * A small production for the cost-report and closing tests, built through the API: a locked cinema budget with
 * locations (account 52) 48 000.00 and camera (account 71) 20 000.00, so FG 7 % = 4 760.00 and imprévus 10 % = 6 800.00
 * (total 79 560.00); then an order on each line and invoices, dated so that the as-of dates split them.
 */
public final class CostFixtures {

    public static final String ACCOUNTANT = TestTokens.forRoles("accountant");

    private CostFixtures() {
    }

    /** {productionId, budgetId, versionId, locations line id, camera line id}, version locked. */
    public static String[] lockedBudget(String title) {
        String production = BudgetApi.newProduction(title);
        String[] ids = BudgetApi.newCinemaBudget(production);
        String locations = as(MANAGER).body(line("52", "1", "48000.00", "EUR", null))
                .post(linesPath(), production, ids[0], ids[1]).then().statusCode(201).extract().path("id");
        String camera = as(MANAGER).body(line("71", "1", "20000.00", "EUR", null))
                .post(linesPath(), production, ids[0], ids[1]).then().statusCode(201).extract().path("id");
        as(PRODUCER).post(versionPath() + "/approval", production, ids[0], ids[1]).then().statusCode(200);
        return new String[] { production, ids[0], ids[1], locations, camera };
    }

    public static String supplier(String name) {
        return as(ACCOUNTANT).body("""
                {"name": "%s", "siret": "%s", "vatNumber": "FR40732829320", "iban": "FR7630006000011234567890189"}"""
                .formatted(name, siret())).post("/suppliers").then().statusCode(201).extract().path("id");
    }

    public static String order(String production, String supplierId, String number, String date, String lineId,
            String amount) {
        return as(MANAGER).body("""
                {"supplierId": "%s", "number": "%s", "description": "Location", "quoteRef": "DV-%s",
                 "orderDate": "%s", "paymentTermsDays": 30,
                 "allocations": [{"budgetLineId": "%s", "amount": {"amount": "%s", "currency": "EUR"}}]}"""
                .formatted(supplierId, number, number, date, lineId, amount))
                .post("/productions/{p}/purchase-orders", production).then().statusCode(201).extract().path("id");
    }

    public static void receipt(String production, String orderId, String amount) {
        as(MANAGER).body("{\"received\": {\"amount\": \"" + amount + "\", \"currency\": \"EUR\"}}")
                .put("/productions/{p}/purchase-orders/{o}/receipt", production, orderId).then().statusCode(200);
    }

    /** Records an invoice at 20 % VAT; returns {id, status}. */
    public static String[] invoice(String production, String orderId, String number, String date, String net) {
        java.math.BigDecimal n = new java.math.BigDecimal(net);
        java.math.BigDecimal vat = n.multiply(new java.math.BigDecimal("0.20")).setScale(2);
        var r = as(ACCOUNTANT).body("""
                {"orderId": "%s", "number": "%s", "invoiceDate": "%s",
                 "net": {"amount": "%s", "currency": "EUR"}, "vat": {"amount": "%s", "currency": "EUR"},
                 "gross": {"amount": "%s", "currency": "EUR"}}""".formatted(orderId, number, date, net, vat, n.add(vat)))
                .post("/productions/{p}/invoices", production).then().statusCode(201).extract();
        return new String[] { r.path("id"), r.path("status") };
    }

    /** The first sheet of a workbook, read back with POI. */
    @SuppressWarnings("resource") // read in memory; nothing to release but the byte array
    public static Sheet sheet(byte[] xlsx) throws IOException {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(xlsx)).getSheetAt(0);
        } catch (org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException e) {
            throw new AssertionError("not a workbook: " + new String(xlsx, 0, Math.min(200, xlsx.length)), e);
        }
    }

    /** The first row whose cells 0 and {@code column} hold these texts. */
    public static Row row(Sheet sheet, String type, int column, String value) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && type.equals(row.getCell(0).getStringCellValue()) && row.getCell(column) != null
                    && value.equals(row.getCell(column).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row " + type + " / " + value);
    }

    public static Map<String, Object> reportLine(JsonPath report, String accountCode) {
        List<Map<String, Object>> lines = report.getList("lines.findAll { it.accountCode == '" + accountCode + "' }");
        assertEquals(1, lines.size(), accountCode);
        return lines.get(0);
    }

    @SuppressWarnings("unchecked")
    public static void assertFigures(Map<String, Object> figures, String budget, String committed, String actual,
            String costToDate, String etc, String efc, String variance) {
        assertEquals(budget, ((Map<String, String>) figures.get("budget")).get("amount"), "budget");
        assertEquals(committed, ((Map<String, String>) figures.get("committed")).get("amount"), "committed");
        assertEquals(actual, ((Map<String, String>) figures.get("actual")).get("amount"), "actual");
        assertEquals(costToDate, ((Map<String, String>) figures.get("costToDate")).get("amount"), "cost to date");
        assertEquals(etc, ((Map<String, String>) figures.get("estimateToComplete")).get("amount"), "estimate to complete");
        assertEquals(efc, ((Map<String, String>) figures.get("estimatedFinalCost")).get("amount"), "estimated final cost");
        assertEquals(variance, ((Map<String, String>) figures.get("variance")).get("amount"), "variance");
    }

    /** A 14-digit SIRET with a valid Luhn key, different on every call. */
    static String siret() {
        return Sirets.next();
    }
}
