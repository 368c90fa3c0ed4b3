package fr.bobine.budget.closing;

import static fr.bobine.budget.costreport.CostFixtures.ACCOUNTANT;
import static fr.bobine.budget.devis.BudgetApi.AUDITOR;
import static fr.bobine.budget.devis.BudgetApi.MANAGER;
import static fr.bobine.budget.devis.BudgetApi.PRODUCER;
import static fr.bobine.budget.devis.BudgetApi.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;

import fr.bobine.budget.costreport.CostFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The final cost statement of a production with a locked budget of locations (52) 48 000.00 and camera (71) 20 000.00,
 * FG 7 % = 4 760.00, imprévus 10 % = 6 800.00, total 79 560.00.
 */
@QuarkusTest
class ClosingStatementResourceTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String PATH = "/productions/{p}/closing-statement";

    @Inject
    DataSource dataSource;

    @Test
    void statementListsOpenItemsRefusesToCloseOverThemThenClosesOnceSettled() throws Exception {
        String[] b = CostFixtures.lockedBudget("Coût définitif du Phare");
        String production = b[0];
        String supplier = CostFixtures.supplier("Loueur du Phare");
        String bc1 = CostFixtures.order(production, supplier, "BC-1", "2027-03-01", b[3], "30000.00");
        CostFixtures.receipt(production, bc1, "30000.00");
        CostFixtures.invoice(production, bc1, "FA-1", "2027-03-10", "12000.00");
        String bc2 = CostFixtures.order(production, supplier, "BC-2", "2027-04-01", b[4], "25000.00");
        String fa2 = CostFixtures.invoice(production, bc2, "FA-2", "2027-04-05", "25000.00")[0];

        // open: BC-1 has 30 000.00 − 12 000.00 = 18 000.00 not invoiced, BC-2 all of its 25 000.00, FA-2 is mismatched
        JsonPath open = as(AUDITOR).get(PATH, production).then().statusCode(200).body("status", equalTo("OPEN"))
                .extract().jsonPath();
        assertEquals(List.of("OPEN_ORDER", "OPEN_ORDER", "MISMATCHED_INVOICE"), open.getList("blockingItems.kind"));
        assertEquals(List.of("BC-1", "BC-2", "FA-2"), open.getList("blockingItems.reference"));
        assertEquals(List.of("18000.00", "25000.00", "30000.00"), open.getList("blockingItems.amount.amount"));
        // executed: locations 12 000.00, camera 0.00 (FA-2 is not a cost yet); FG 7 % of 12 000.00 = 840.00; imprévus 0.00
        assertEquals("12000.00", open.getString("lines.find { it.accountCode == '52' }.figures.executed.amount"));
        assertEquals("840.00", open.getString("lines.find { it.key == 'FG' }.figures.executed.amount"));
        assertEquals("12840.00", open.getString("total.executed.amount"));

        // closing over open items without a reason: 409, nothing stored
        long closed = count(dataSource, "closing_statement");
        as(ACCOUNTANT).body("{}").post(PATH + "/close", production).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("3 item(s) still open (BC-1, BC-2, FA-2)"));
        as(PRODUCER).body("{\"reason\": \"x\"}").post(PATH + "/close", production).then().statusCode(403);
        assertEquals(closed, count(dataSource, "closing_statement"));

        // the accountant explains chapter 7; changing it needs its ETag
        as(ACCOUNTANT).body("{\"explanation\": \"Caméra louée deux semaines de plus (tournage de nuit)\"}")
                .put(PATH + "/chapters/{c}", production, "7").then().statusCode(200).header("ETag", "\"0\"")
                .body("chapterCode", equalTo("7"));
        as(ACCOUNTANT).body("{\"explanation\": \"Caméra louée deux semaines de plus\"}")
                .put(PATH + "/chapters/{c}", production, "7").then().statusCode(428).contentType("application/problem+json");
        as(ACCOUNTANT).header("If-Match", "\"7\"").body("{\"explanation\": \"Caméra louée deux semaines de plus\"}")
                .put(PATH + "/chapters/{c}", production, "7").then().statusCode(412);
        as(ACCOUNTANT).header("If-Match", "\"0\"")
                .body("{\"explanation\": \"Caméra louée deux semaines de plus (tournage de nuit au phare)\"}")
                .put(PATH + "/chapters/{c}", production, "7").then().statusCode(200).header("ETag", "\"1\"");
        as(ACCOUNTANT).body("{\"explanation\": \"?\"}").put(PATH + "/chapters/{c}", production, "12").then().statusCode(404);
        as(ACCOUNTANT).body("{\"explanation\": \"  \"}").put(PATH + "/chapters/{c}", production, "5").then().statusCode(400);

        // settle: the camera is signed off, FA-2 matches; the rest of BC-1 is invoiced
        CostFixtures.receipt(production, bc2, "25000.00");
        as(ACCOUNTANT).post("/productions/{p}/invoices/{i}/match", production, fa2).then().statusCode(200)
                .body("status", equalTo("MATCHED"));
        CostFixtures.invoice(production, bc1, "FA-3", "2027-05-28", "18000.00");

        // executed: locations 12 000.00 + 18 000.00 = 30 000.00 (variance 18 000.00); camera 25 000.00 (−5 000.00);
        // FG 7 % of 55 000.00 = 3 850.00 (910.00 saved); imprévus 0.00 (6 800.00); total executed 58 850.00, budget
        // 79 560.00, variance 20 710.00
        JsonPath settled = as(AUDITOR).get(PATH, production).then().statusCode(200).body("blockingItems", hasSize(0))
                .extract().jsonPath();
        assertEquals("58850.00", settled.getString("total.executed.amount"));
        assertEquals("20710.00", settled.getString("total.variance.amount"));
        assertEquals("3850.00", settled.getString("lines.find { it.key == 'FG' }.figures.executed.amount"));
        assertEquals("-5000.00", settled.getString("chapters.find { it.code == '7' }.figures.variance.amount"));
        assertEquals("Caméra louée deux semaines de plus (tournage de nuit au phare)",
                settled.getString("chapters.find { it.code == '7' }.explanation"));
        assertEquals("\"1\"", settled.getString("chapters.find { it.code == '7' }.explanationEtag"));
        assertEquals("1.0000", settled.getString("chapters.find { it.code == '7' }.mainContributors[0].share"));
        assertEquals("-5000.00", settled.getString("chapters.find { it.code == '7' }.mainContributors[0].variance.amount"));
        assertEquals("6800.00", settled.getString("chapters.find { it.code == 'IMP' }.figures.variance.amount"));

        // nothing open: closes without a reason, once
        as(ACCOUNTANT).header("Idempotency-Key", "close-" + production).body("{}").post(PATH + "/close", production).then()
                .statusCode(200).body("status", equalTo("CLOSED")).body("overrideReason", nullValue())
                .body("total.executed.amount", equalTo("58850.00"));
        as(ACCOUNTANT).header("Idempotency-Key", "close-" + production).body("{}").post(PATH + "/close", production).then()
                .statusCode(200).header("Idempotent-Replayed", "true");
        as(ACCOUNTANT).body("{}").post(PATH + "/close", production).then().statusCode(409);
        assertEquals(closed + 1, count(dataSource, "closing_statement"));

        // frozen: a later invoice does not change it; explanations no longer change
        String bc3 = CostFixtures.order(production, supplier, "BC-3", "2027-06-01", b[3], "1000.00");
        as(AUDITOR).get(PATH, production).then().statusCode(200).body("status", equalTo("CLOSED"))
                .body("blockingItems", hasSize(0)).body("total.executed.amount", equalTo("58850.00"));
        as(ACCOUNTANT).header("If-Match", "\"1\"").body("{\"explanation\": \"trop tard\"}")
                .put(PATH + "/chapters/{c}", production, "7").then().statusCode(409);
        assertTrue(bc3 != null);

        // CSV and XLSX
        String csv = as(AUDITOR).accept("text/csv").get(PATH, production).then().statusCode(200)
                .contentType(startsWith("text/csv")).header("Content-Disposition", containsString("cout-definitif-v1.csv"))
                .extract().asString();
        assertTrue(csv.contains("total chapitre;7;;7;;20000,00;25000,00;-5000,00"), csv);
        assertTrue(csv.contains("total;;;;Coût définitif;79560,00;58850,00;20710,00"), csv);
        byte[] xlsx = as(AUDITOR).accept(XLSX).get(PATH, production).then().statusCode(200).contentType(XLSX)
                .extract().asByteArray();
        Sheet sheet = CostFixtures.sheet(xlsx);
        assertEquals("clos", sheet.getRow(0).getCell(1).getStringCellValue());
        Row total = CostFixtures.row(sheet, "total", 4, "Coût définitif");
        assertEquals(79560.00, total.getCell(5).getNumericCellValue());
        assertEquals(58850.00, total.getCell(6).getNumericCellValue());
        assertEquals(20710.00, total.getCell(7).getNumericCellValue());
        Row fg = CostFixtures.row(sheet, "pourcentage", 1, "FG");
        assertEquals(3850.00, fg.getCell(6).getNumericCellValue());
        assertEquals("#,##0.00", fg.getCell(6).getCellStyle().getDataFormatString());
        assertTrue(CostFixtures.row(sheet, "explication", 3, "7").getCell(4).getStringCellValue().startsWith("Caméra"));
    }

    @Test
    void accountantMayCloseOverOpenItemsByStatingWhy() {
        String[] b = CostFixtures.lockedBudget("Clôture motivée");
        String supplier = CostFixtures.supplier("Loueur motivé");
        CostFixtures.order(b[0], supplier, "BC-9", "2027-03-01", b[3], "500.00");
        as(ACCOUNTANT).body("{\"reason\": \"BC-9 annulé chez le fournisseur, avoir attendu\"}").post(PATH + "/close", b[0])
                .then().statusCode(200).body("status", equalTo("CLOSED")).body("blockingItems", hasSize(1))
                .body("overrideReason", equalTo("BC-9 annulé chez le fournisseur, avoir attendu"));
    }

    @Test
    void noStatementWithoutALockedBudgetOrForAnUnknownProduction() {
        String production = fr.bobine.budget.devis.BudgetApi.newProduction("Sans devis");
        as(AUDITOR).get(PATH, production).then().statusCode(422).contentType("application/problem+json");
        long closed = count(dataSource, "closing_statement");
        as(ACCOUNTANT).body("{\"reason\": \"x\"}").post(PATH + "/close", production).then().statusCode(422);
        assertEquals(closed, count(dataSource, "closing_statement"));
        as(AUDITOR).get(PATH, UUID.randomUUID()).then().statusCode(404);
        as(MANAGER).body("{\"explanation\": \"x\"}").put(PATH + "/chapters/{c}", production, "5").then().statusCode(403);
    }

    static long count(DataSource dataSource, String table) throws RuntimeException {
        try {
            return fr.bobine.budget.devis.BudgetApi.count(dataSource, table);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
