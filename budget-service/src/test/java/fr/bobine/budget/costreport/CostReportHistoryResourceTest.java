package fr.bobine.budget.costreport;

import static fr.bobine.budget.costreport.CostFixtures.ACCOUNTANT;
import static fr.bobine.budget.devis.BudgetApi.AUDITOR;
import static fr.bobine.budget.devis.BudgetApi.MANAGER;
import static fr.bobine.budget.devis.BudgetApi.as;
import static fr.bobine.budget.devis.BudgetApi.count;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;

import fr.bobine.testing.AtOnce;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The cost report at a date, as XLSX, its weekly snapshots and their comparison, on one production:
 * locations (52) 48 000.00 with order BC-1 of 30 000.00 dated 2027-03-01, received, and invoice FA-1 of 12 000.00 net
 * dated 2027-03-10 (matched); camera (71) 20 000.00 with order BC-2 of 25 000.00 dated 2027-04-01 and invoice FA-2 of
 * 25 000.00 dated 2027-04-05, not received so mismatched (no actual).
 */
@QuarkusTest
class CostReportHistoryResourceTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    DataSource dataSource;

    String[] books(String title) {
        String[] b = CostFixtures.lockedBudget(title);
        String supplier = CostFixtures.supplier("Loueur " + title);
        String bc1 = CostFixtures.order(b[0], supplier, "BC-1", "2027-03-01", b[3], "30000.00");
        CostFixtures.receipt(b[0], bc1, "30000.00");
        assertEquals("MATCHED", CostFixtures.invoice(b[0], bc1, "FA-1", "2027-03-10", "12000.00")[1]);
        String bc2 = CostFixtures.order(b[0], supplier, "BC-2", "2027-04-01", b[4], "25000.00");
        assertEquals("MISMATCHED", CostFixtures.invoice(b[0], bc2, "FA-2", "2027-04-05", "25000.00")[1]);
        return b;
    }

    static JsonPath report(String production, String asOf) {
        return as(AUDITOR).queryParam("asOf", asOf).get("/productions/{p}/cost-report", production).then().statusCode(200)
                .extract().jsonPath();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> figures(JsonPath report, String account) {
        return (Map<String, Object>) CostFixtures.reportLine(report, account).get("figures");
    }

    @Test
    void reportAtADateKnowsOnlyTheDocumentsDatedOnOrBeforeIt() {
        String production = books("Rapport à date")[0];

        // 2027-03-05: BC-1 is open for all of its 30 000.00; FA-1 (03-10) and BC-2 (04-01) are not known yet
        JsonPath march5 = report(production, "2027-03-05");
        assertEquals("2027-03-05", march5.getString("asOf"));
        CostFixtures.assertFigures(figures(march5, "52"), "48000.00", "30000.00", "0.00", "30000.00",
                "18000.00", "48000.00", "0.00");
        CostFixtures.assertFigures(figures(march5, "71"), "20000.00", "0.00", "0.00", "0.00", "20000.00",
                "20000.00", "0.00");

        // 2027-03-10: FA-1 turns 12 000.00 of BC-1 into actual: committed 30 000.00 − 12 000.00 = 18 000.00
        CostFixtures.assertFigures(figures(report(production, "2027-03-10"), "52"), "48000.00", "18000.00",
                "12000.00", "30000.00", "18000.00", "48000.00", "0.00");

        // 2027-04-01: BC-2 is known: 25 000.00 committed on a 20 000.00 line: ETC 0.00, EFC 25 000.00, variance −5 000.00;
        // total: budget 79 560.00; cost to date 30 000.00 + 25 000.00 = 55 000.00; ETC 18 000.00 + 0.00 + FG 4 760.00
        // + imprévus 6 800.00 = 29 560.00; EFC 84 560.00; variance −5 000.00
        JsonPath april = report(production, "2027-04-01");
        CostFixtures.assertFigures(figures(april, "71"), "20000.00", "25000.00", "0.00", "25000.00", "0.00",
                "25000.00", "-5000.00");
        assertEquals("84560.00", april.getString("total.estimatedFinalCost.amount"));

        // no date: everything booked so far, the same figures as on 2027-04-01 (FA-2 is mismatched, no actual)
        JsonPath now = as(AUDITOR).get("/productions/{p}/cost-report", production).then().statusCode(200)
                .body("asOf", nullValue()).body("productionTitle", equalTo("Rapport à date")).extract().jsonPath();
        assertEquals(april.getMap("total"), now.getMap("total"));

        // before the version was locked (today, 2026 or later): no locked version at that date
        as(AUDITOR).queryParam("asOf", "2020-01-31").get("/productions/{p}/cost-report", production).then().statusCode(422)
                .contentType("application/problem+json").body("type", containsString("no-locked-budget"))
                .body("detail", containsString("2020-01-31"));
        // malformed dates
        as(AUDITOR).queryParam("asOf", "2027-13-01").get("/productions/{p}/cost-report", production).then().statusCode(400)
                .contentType("application/problem+json");
        as(AUDITOR).queryParam("asOf", "05/03/2027").get("/productions/{p}/cost-report", production).then().statusCode(400)
                .contentType("application/problem+json");
        as(AUDITOR).queryParam("asOf", "2027-03-05").get("/productions/{p}/cost-report", UUID.randomUUID()).then()
                .statusCode(404).contentType("application/problem+json");
    }

    @Test
    void reportAsCsvAndXlsxByAcceptHeader() throws Exception {
        String production = books("Rapport XLSX")[0];
        String csv = as(AUDITOR).accept("text/csv").queryParam("asOf", "2027-03-10")
                .get("/productions/{p}/cost-report", production).then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("cost-report-v1-2027-03-10.csv")).extract().asString();
        assertTrue(csv.contains("chapitre;5;;5;;48000,00;18000,00;12000,00;30000,00;18000,00;48000,00;0,00"), csv);

        byte[] xlsx = as(AUDITOR).accept(XLSX).queryParam("asOf", "2027-04-01").get("/productions/{p}/cost-report", production)
                .then().statusCode(200).contentType(XLSX)
                .header("Content-Disposition", containsString("cost-report-v1-2027-04-01.xlsx")).extract().asByteArray();
        Sheet sheet = CostFixtures.sheet(xlsx);
        // the header: production, version, date; then the column titles, frozen
        assertEquals("Production", sheet.getRow(1).getCell(0).getStringCellValue());
        assertEquals("Rapport XLSX", sheet.getRow(1).getCell(1).getStringCellValue());
        assertTrue(sheet.getRow(2).getCell(1).getStringCellValue().startsWith("V1 verrouillée le "));
        assertEquals("2027-04-01", sheet.getRow(3).getCell(1).getStringCellValue());
        assertEquals("Engagé", sheet.getRow(6).getCell(6).getStringCellValue());
        assertEquals(7, sheet.getPaneInformation().getHorizontalSplitTopRow());
        // numeric cells with two decimals: camera's line and the chapter-7 subtotal, the total
        Row camera = CostFixtures.row(sheet, "ligne", 2, "71");
        assertEquals(25000.00, camera.getCell(6).getNumericCellValue());
        assertEquals(-5000.00, camera.getCell(11).getNumericCellValue());
        assertEquals("#,##0.00", camera.getCell(6).getCellStyle().getDataFormatString());
        Row chapter7 = CostFixtures.row(sheet, "total chapitre", 1, "7");
        assertEquals(25000.00, chapter7.getCell(10).getNumericCellValue());
        Row total = CostFixtures.row(sheet, "total", 4, "Total");
        assertEquals(79560.00, total.getCell(5).getNumericCellValue());
        assertEquals(84560.00, total.getCell(10).getNumericCellValue());
        // FG and imprévus forecast at their budget: no false saving; the cost lines alone: −5 000.00
        Row fg = CostFixtures.row(sheet, "ligne", 1, "FG");
        assertEquals(0.00, fg.getCell(11).getNumericCellValue());
        assertEquals(-5000.00, CostFixtures.row(sheet, "écart hors FG et imprévus", 1, "").getCell(11).getNumericCellValue());
    }

    @Test
    void weeklySnapshotsAreKeptOnceAndComparedLineByLine() throws Exception {
        String production = books("Semaines du Phare")[0];
        String path = "/productions/{p}/cost-report/snapshots";

        // bad input: no week, a date that is not one; nothing kept
        long before = count(dataSource, "cost_report_snapshot");
        as(ACCOUNTANT).body("{\"note\": \"x\"}").post(path, production).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(containsString("weekEnding")));
        as(ACCOUNTANT).body("{\"weekEnding\": \"2027-02-30\"}").post(path, production).then().statusCode(400)
                .contentType("application/problem+json");
        as(AUDITOR).body("{\"weekEnding\": \"2027-03-05\"}").post(path, production).then().statusCode(403);
        assertEquals(before, count(dataSource, "cost_report_snapshot"));

        String week1 = as(ACCOUNTANT).header("Idempotency-Key", "week1-" + production)
                .body("{\"weekEnding\": \"2027-03-05\", \"note\": \"envoyé au producteur et au garant\"}").post(path, production)
                .then().statusCode(201).header("Location", containsString("/cost-report/snapshots/"))
                .body("weekEnding", equalTo("2027-03-05")).body("report.asOf", equalTo("2027-03-05"))
                .body("report.total.committed.amount", equalTo("30000.00")).extract().path("id");
        // the same POST retried with its key replays; another POST for the same week is refused, nothing stored twice
        as(ACCOUNTANT).header("Idempotency-Key", "week1-" + production)
                .body("{\"weekEnding\": \"2027-03-05\", \"note\": \"envoyé au producteur et au garant\"}").post(path, production)
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(week1));
        as(ACCOUNTANT).body("{\"weekEnding\": \"2027-03-05\", \"note\": \"corrigé\"}").post(path, production).then()
                .statusCode(409).contentType("application/problem+json").body("detail", containsString(week1));
        assertEquals(before + 1, count(dataSource, "cost_report_snapshot"));

        // the accountant enters an estimate after week 1: the kept week 1 does not change
        as(MANAGER).body("{\"estimateToComplete\": {\"amount\": \"20000.00\", \"currency\": \"EUR\"}}")
                .put("/productions/{p}/cost-report/estimates/{k}", production,
                        CostFixtures.reportLine(report(production, "2027-03-12"), "52").get("key"))
                .then().statusCode(200);
        String week2 = as(ACCOUNTANT).body("{\"weekEnding\": \"2027-03-12\"}").post(path, production).then().statusCode(201)
                .body("report.total.actual.amount", equalTo("12000.00")).extract().path("id");
        as(AUDITOR).get("/productions/{p}/cost-report/snapshots/{s}", production, week1).then().statusCode(200)
                .body("note", equalTo("envoyé au producteur et au garant"))
                .body("report.lines.find { it.accountCode == '52' }.figures.estimateToComplete.amount", equalTo("18000.00"));

        as(AUDITOR).get(path, production).then().statusCode(200).body("snapshots", hasSize(2))
                .body("snapshots[0].id", equalTo(week2)).body("snapshots[1].id", equalTo(week1))
                .body("snapshots[1].total.estimatedFinalCost.amount", equalTo("79560.00"));

        // week 1 → week 2 on locations: actual +12 000.00, committed −12 000.00, ETC 18 000.00 → 20 000.00 (entered),
        // EFC 48 000.00 → 50 000.00, variance 0.00 → −2 000.00; camera did not move (BC-2 is dated 2027-04-01)
        JsonPath c = as(AUDITOR).queryParam("from", week1).queryParam("to", week2)
                .get("/productions/{p}/cost-report/comparison", production).then().statusCode(200).extract().jsonPath();
        assertEquals(1, c.getInt("linesMoved"));
        assertEquals("52", c.getString("lines[0].accountCode"));
        assertEquals(true, c.getBoolean("lines[0].moved"));
        CostFixtures.assertFigures(c.getMap("lines[0].delta"), "0.00", "-12000.00", "12000.00", "0.00", "2000.00",
                "2000.00", "-2000.00");
        Map<String, Object> camera = c.getMap("lines.find { it.accountCode == '71' }");
        assertEquals(false, camera.get("moved"));
        assertEquals("2027-03-12", c.getString("to.weekEnding"));
        assertEquals("2000.00", c.getString("total.delta.estimatedFinalCost.amount"));

        // week 1 → now: camera moved most (EFC +5 000.00), then locations (EFC +2 000.00)
        JsonPath toNow = as(AUDITOR).queryParam("from", week1).queryParam("to", "current")
                .get("/productions/{p}/cost-report/comparison", production).then().statusCode(200)
                .body("to.snapshotId", nullValue()).extract().jsonPath();
        assertEquals(List.of("71", "52"), toNow.getList("lines.findAll { it.moved }.accountCode"));
        CostFixtures.assertFigures(toNow.getMap("lines[0].delta"), "0.00", "25000.00", "0.00", "25000.00",
                "-20000.00", "5000.00", "-5000.00");

        // the comparison as CSV and XLSX
        String csv = as(AUDITOR).accept("text/csv").queryParam("from", week1).queryParam("to", week2)
                .get("/productions/{p}/cost-report/comparison", production).then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asString();
        assertTrue(csv.startsWith("\uFEFFtype;bougé;clé;compte;chapitre;libellé;budget (avant);budget (après);budget (delta)"), csv);
        assertTrue(csv.contains(";oui;"), csv);
        byte[] xlsx = as(AUDITOR).accept(XLSX).queryParam("from", week1).queryParam("to", week2)
                .get("/productions/{p}/cost-report/comparison", production).then().statusCode(200).contentType(XLSX)
                .extract().asByteArray();
        Row locations = CostFixtures.row(CostFixtures.sheet(xlsx), "ligne", 3, "52");
        assertEquals("oui", locations.getCell(1).getStringCellValue());
        // réel: avant 0.00, après 12 000.00, delta 12 000.00 (columns 12, 13, 14)
        assertEquals(0.00, locations.getCell(12).getNumericCellValue());
        assertEquals(12000.00, locations.getCell(13).getNumericCellValue());
        assertEquals(12000.00, locations.getCell(14).getNumericCellValue());

        // a kept report as CSV and XLSX
        String weekCsv = as(AUDITOR).accept("text/csv").get("/productions/{p}/cost-report/snapshots/{s}", production, week1)
                .then().statusCode(200).header("Content-Disposition", containsString("cost-report-week-2027-03-05.csv"))
                .extract().asString();
        assertTrue(weekCsv.contains("chapitre;5;;5;;48000,00;30000,00;0,00;30000,00;18000,00;48000,00;0,00"), weekCsv);
        byte[] weekXlsx = as(AUDITOR).accept(XLSX).get("/productions/{p}/cost-report/snapshots/{s}", production, week1)
                .then().statusCode(200).contentType(XLSX).extract().asByteArray();
        assertEquals(30000.00, CostFixtures.row(CostFixtures.sheet(weekXlsx), "ligne", 2, "52").getCell(6)
                .getNumericCellValue());
    }

    @Inject
    WeeklySnapshots weekly;

    @Test
    void weeklyJobKeepsTheWeekThatEndedOnceAndSkipsProductionsWithoutALockedVersion() {
        String production = books("Semaine automatique")[0];
        // run on Wednesday 10 March 2027: the week ending Tuesday 9 March, FA-1 (10 March) not in it yet
        LocalDate weekEnding = WeeklySnapshots.lastWeekEnding(LocalDate.of(2027, 3, 10));
        assertTrue(weekly.keep(UUID.fromString(production), weekEnding));
        assertFalse(weekly.keep(UUID.fromString(production), weekEnding));
        as(AUDITOR).get("/productions/{p}/cost-report/snapshots", production).then().statusCode(200)
                .body("snapshots", hasSize(1)).body("snapshots[0].weekEnding", equalTo("2027-03-09"))
                .body("snapshots[0].note", equalTo(WeeklySnapshots.NOTE))
                .body("snapshots[0].takenBy", equalTo("system"))
                .body("snapshots[0].total.committed.amount", equalTo("30000.00"))
                .body("snapshots[0].total.actual.amount", equalTo("0.00"));
        String draftOnly = fr.bobine.budget.devis.BudgetApi.newProduction("Sans version verrouillée");
        assertFalse(weekly.keep(UUID.fromString(draftOnly), weekEnding));
    }

    @Test
    void twoReplicasKeepingTheSameWeekAtOnceKeepItOnceAndTheOtherGets409() throws Exception {
        String production = books("Semaine disputée")[0];
        long before = count(dataSource, "cost_report_snapshot");
        Callable<Integer> keep = () -> as(ACCOUNTANT).body("{\"weekEnding\": \"2027-03-16\"}")
                .post("/productions/{p}/cost-report/snapshots", production).statusCode();
        List<Integer> statuses = AtOnce.statuses(List.of(keep, keep));
        assertEquals(List.of(201, 409), statuses);
        assertEquals(before + 1, count(dataSource, "cost_report_snapshot"));
    }

    @Test
    void snapshotsOfAnotherProductionAreUnknownHere() {
        String first = books("Production A")[0];
        String other = CostFixtures.lockedBudget("Production B")[0];
        String path = "/productions/{p}/cost-report/snapshots";
        String a = as(ACCOUNTANT).body("{\"weekEnding\": \"2027-03-05\"}").post(path, first).then().statusCode(201)
                .extract().path("id");
        String b = as(ACCOUNTANT).body("{\"weekEnding\": \"2027-03-05\"}").post(path, other).then().statusCode(201)
                .extract().path("id");

        as(AUDITOR).get(path + "/{s}", other, a).then().statusCode(404).contentType("application/problem+json");
        as(AUDITOR).get(path + "/{s}", first, UUID.randomUUID()).then().statusCode(404);
        as(AUDITOR).queryParam("from", a).queryParam("to", b).get("/productions/{p}/cost-report/comparison", first)
                .then().statusCode(404).contentType("application/problem+json").body("detail", containsString(b));
        as(AUDITOR).queryParam("from", a).queryParam("to", "current").get("/productions/{p}/cost-report/comparison", other)
                .then().statusCode(404);
        as(AUDITOR).queryParam("from", "last-week").queryParam("to", "current")
                .get("/productions/{p}/cost-report/comparison", first).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("from"));
        as(AUDITOR).queryParam("to", "current").get("/productions/{p}/cost-report/comparison", first).then().statusCode(400);
        as(AUDITOR).get(path, UUID.randomUUID()).then().statusCode(404);
    }
}
