package fr.bobine.budget.devis;

import static fr.bobine.budget.devis.BudgetApi.AUDITOR;
import static fr.bobine.budget.devis.BudgetApi.MANAGER;
import static fr.bobine.budget.devis.BudgetApi.PRODUCER;
import static fr.bobine.budget.devis.BudgetApi.as;
import static fr.bobine.budget.devis.BudgetApi.count;
import static fr.bobine.budget.devis.BudgetApi.line;
import static fr.bobine.budget.devis.BudgetApi.linesPath;
import static fr.bobine.budget.devis.BudgetApi.versionPath;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import fr.bobine.testing.EventSchemas;

@QuarkusTest
class BudgetResourceTest {

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    /** The worked example of DevisCalculatorTest, through the API, with the seeded rates (authors 1.1 %, crew 52 %, cast 48 %). */
    String[] workedExample(String production) {
        String[] ids = BudgetApi.newCinemaBudget(production);
        for (String body : new String[] {
                line("12", "1", "45000.00", "EUR", "\"label\": \"Scénario original\""),
                line("2201", "8", "2587.53", "EUR", null),
                line("2401", "7", "2310.45", "EUR", null),
                line("31", "22", "1250.00", "EUR", null),
                line("52", "12", "850.00", "EUR", null),
                line("71", "5", "3200.00", "GBP", "\"exchangeRate\": \"1.1765321\", \"spentInFrance\": false"),
                line("83", "1", "12345.67", "EUR", null) }) {
            as(MANAGER).body(body).post(linesPath(), production, ids[0], ids[1]).then().statusCode(201);
        }
        return ids;
    }

    @Test
    void smallFeatureFilmReadsBackWithEveryTotalToTheCent() {
        String production = BudgetApi.newProduction("Le Devis Exemple");
        String[] ids = workedExample(production);
        as(AUDITOR).get(versionPath(), production, ids[0], ids[1]).then().statusCode(200)
                .header("ETag", startsWith("\""))
                .body("version.status", equalTo("DRAFT"))
                .body("lines", hasSize(7))
                .body("lines[0].label", equalTo("Scénario original"))
                .body("lines[0].fringeCategory", equalTo("AUTHOR"))
                .body("lines[0].fringe.amount", equalTo("495.00"))
                .body("lines[1].amount.amount", equalTo("20700.24"))
                .body("lines[1].fringe.amount", equalTo("10764.12"))
                .body("lines[5].amountInCurrency", equalTo(java.util.Map.of("amount", "16000.00", "currency", "GBP")))
                .body("lines[5].amount.amount", equalTo("18824.51"))
                .body("accounts.find { it.code == '42' }.total.amount", equalTo("19174.16"))
                .body("chapters.find { it.code == '1' }.total.amount", equalTo("45000.00"))
                .body("chapters.find { it.code == '2' }.total.amount", equalTo("36873.39"))
                .body("chapters.find { it.code == '3' }.total.amount", equalTo("27500.00"))
                .body("chapters.find { it.code == '4' }.total.amount", equalTo("32869.16"))
                .body("chapters.find { it.code == '4' }.labelEn", equalTo("Social charges"))
                .body("chapters.find { it.code == '5' }.total.amount", equalTo("10200.00"))
                .body("chapters.find { it.code == '7' }.total.amount", equalTo("18824.51"))
                .body("chapters.find { it.code == '8' }.total.amount", equalTo("12345.67"))
                .body("subtotal.amount", equalTo("183612.73"))
                .body("rules.code", equalTo(java.util.List.of("FG", "IMP")))
                .body("rules[0].amount.amount", equalTo("12852.89"))
                .body("rules[1].amount.amount", equalTo("18361.27"))
                .body("total.amount", equalTo("214826.89"))
                .body("spentAbroad.amount", equalTo("18824.51"))
                .body("spentInFrance.amount", equalTo("164788.22"))
                .body("warnings", empty());
    }

    @Test
    void changingOneLineUpdatesTheTotalsAndNeedsTheLineEtag() {
        String production = BudgetApi.newProduction("Une Ligne Change");
        String[] ids = BudgetApi.newCinemaBudget(production);
        Response created = as(MANAGER).body(line("52", "10", "1000.00", "EUR", null))
                .post(linesPath(), production, ids[0], ids[1]);
        created.then().statusCode(201).header("ETag", "\"0\"").header("Location", containsString("/lines/"));
        String lineId = created.path("id");
        String linePath = linesPath() + "/{l}";
        as(MANAGER).body(line("52", "12", "1000.00", "EUR", null)).put(linePath, production, ids[0], ids[1], lineId)
                .then().statusCode(428);
        as(MANAGER).header("If-Match", "\"0\"").body(line("52", "12", "1000.00", "EUR", null))
                .put(linePath, production, ids[0], ids[1], lineId).then().statusCode(200).header("ETag", "\"1\"")
                .body("amount.amount", equalTo("12000.00"));
        as(MANAGER).header("If-Match", "\"0\"").body(line("52", "13", "1000.00", "EUR", null))
                .put(linePath, production, ids[0], ids[1], lineId).then().statusCode(412);
        // 12 000.00, FG 7 % = 840.00, imprévus 10 % = 1 200.00, total 14 040.00
        as(AUDITOR).get(versionPath(), production, ids[0], ids[1]).then().statusCode(200)
                .body("subtotal.amount", equalTo("12000.00"))
                .body("rules[0].amount.amount", equalTo("840.00"))
                .body("total.amount", equalTo("14040.00"));
        as(MANAGER).delete(linePath, production, ids[0], ids[1], lineId).then().statusCode(204);
        as(AUDITOR).get(versionPath(), production, ids[0], ids[1]).then().body("total.amount", equalTo("0.00"));
    }

    @Test
    void negativeQuantityIsRefusedAndNothingIsStored() throws SQLException {
        String production = BudgetApi.newProduction("Quantité Négative");
        String[] ids = BudgetApi.newCinemaBudget(production);
        long lines = count(dataSource, "budget_line");
        as(MANAGER).body(line("52", "-2", "850.00", "EUR", null)).post(linesPath(), production, ids[0], ids[1])
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("quantity"));
        assertEquals(lines, count(dataSource, "budget_line"));
    }

    @Test
    void unknownAccountCodeIsRefusedAndNothingIsStored() throws SQLException {
        String production = BudgetApi.newProduction("Compte Inconnu");
        String[] ids = BudgetApi.newCinemaBudget(production);
        long lines = count(dataSource, "budget_line");
        as(MANAGER).body(line("999", "1", "850.00", "EUR", null)).post(linesPath(), production, ids[0], ids[1])
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("accountCode"))
                .body("errors[0].reason", containsString("999"));
        as(MANAGER).body(line("5", "1", "850.00", "EUR", null)).post(linesPath(), production, ids[0], ids[1])
                .then().statusCode(400).body("errors[0].field", equalTo("accountCode"));
        assertEquals(lines, count(dataSource, "budget_line"));
    }

    @Test
    void rateAsJsonNumberIsRefusedAndNothingIsStored() throws SQLException {
        String production = BudgetApi.newProduction("Taux Flottant");
        String[] ids = BudgetApi.newCinemaBudget(production);
        long lines = count(dataSource, "budget_line");
        as(MANAGER).body("{\"accountCode\": \"52\", \"quantity\": \"1\", \"rate\": 850.10, \"currency\": \"EUR\"}")
                .post(linesPath(), production, ids[0], ids[1])
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("rate"))
                .body("errors[0].reason", containsString("decimal string"));
        as(MANAGER).body("{\"kind\": \"FRAIS_GENERAUX\", \"labelFr\": \"FG\", \"labelEn\": \"Overheads\", \"rate\": 0.07}")
                .put(versionPath() + "/rules/FG", production, ids[0], ids[1])
                .then().statusCode(400).body("errors[0].field", equalTo("rate"));
        assertEquals(lines, count(dataSource, "budget_line"));
        as(AUDITOR).get(versionPath(), production, ids[0], ids[1]).then().body("rules[0].rate", equalTo("0.070000"));
    }

    @Test
    void unknownCurrencyIsRefusedAndNothingIsStored() throws SQLException {
        String production = BudgetApi.newProduction("Devise Inconnue");
        String[] ids = BudgetApi.newCinemaBudget(production);
        long lines = count(dataSource, "budget_line");
        as(MANAGER).body(line("52", "1", "850.00", "EUX", "\"exchangeRate\": \"1.1\"")).post(linesPath(), production, ids[0], ids[1])
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("currency"))
                .body("errors[0].reason", containsString("EUX"));
        as(MANAGER).body(line("52", "1", "850.00", "USD", null)).post(linesPath(), production, ids[0], ids[1])
                .then().statusCode(400).body("errors[0].field", equalTo("exchangeRate"));
        as(MANAGER).body(line("52", "1", "850.123", "EUR", null)).post(linesPath(), production, ids[0], ids[1])
                .then().statusCode(400).body("errors[0].field", equalTo("rate"));
        assertEquals(lines, count(dataSource, "budget_line"));
    }

    @Test
    void lockedVersionRefusesEveryChangeWith409AndNothingChanges() throws SQLException {
        String production = BudgetApi.newProduction("Version Verrouillée");
        String[] ids = BudgetApi.newCinemaBudget(production);
        String lineId = as(MANAGER).body(line("52", "2", "500.00", "EUR", null)).post(linesPath(), production, ids[0], ids[1])
                .then().statusCode(201).extract().path("id");
        as(MANAGER).post(versionPath() + "/approval", production, ids[0], ids[1]).then().statusCode(403);
        as(MANAGER).post(versionPath() + "/submission", production, ids[0], ids[1]).then().statusCode(200)
                .body("status", equalTo("SUBMITTED"));
        as(PRODUCER).post(versionPath() + "/approval", production, ids[0], ids[1]).then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("locked", equalTo(true));
        long lines = count(dataSource, "budget_line");
        as(MANAGER).body(line("52", "1", "850.00", "EUR", null)).post(linesPath(), production, ids[0], ids[1])
                .then().statusCode(409).contentType("application/problem+json").body("detail", containsString("locked"));
        as(MANAGER).header("If-Match", "\"0\"").body(line("52", "3", "500.00", "EUR", null))
                .put(linesPath() + "/{l}", production, ids[0], ids[1], lineId).then().statusCode(409);
        as(MANAGER).delete(linesPath() + "/{l}", production, ids[0], ids[1], lineId).then().statusCode(409);
        as(MANAGER).body("{\"kind\": \"FRAIS_GENERAUX\", \"labelFr\": \"FG\", \"labelEn\": \"Overheads\", \"rate\": \"0.05\"}")
                .put(versionPath() + "/rules/FG", production, ids[0], ids[1]).then().statusCode(409);
        as(PRODUCER).post(versionPath() + "/approval", production, ids[0], ids[1]).then().statusCode(409);
        assertEquals(lines, count(dataSource, "budget_line"));
        // 1 000.00 + FG 70.00 + imprévus 100.00
        as(AUDITOR).get(versionPath(), production, ids[0], ids[1]).then().body("total.amount", equalTo("1170.00"))
                .body("lines[0].quantity", equalTo("2"));
    }

    @Test
    void lockingPublishesTheLockedEventFollowingItsSchema() throws Exception {
        String production = BudgetApi.newProduction("Événement Verrou");
        String[] ids = workedExample(production);
        as(PRODUCER).post(versionPath() + "/approval", production, ids[0], ids[1]).then().statusCode(200);
        JsonNode event = BudgetApi.awaitEvent(bootstrap, production, DevisService.VERSION_LOCKED);
        JsonNode data = event.path("data");
        assertEquals(ids[1], data.path("versionId").asText());
        assertEquals("214826.89", data.path("total").asText());
        assertEquals("183612.73", data.path("subtotal").asText());
        assertEquals(9, data.path("chapters").size());
        EventSchemas.assertValid("budget.version.locked", data);
    }

    @Test
    void copyIntoNewDraftThenCompareLineByLineWithDeltaPerChapter() {
        String production = BudgetApi.newProduction("Deux Versions");
        String[] ids = BudgetApi.newCinemaBudget(production);
        String keep = as(MANAGER).body(line("52", "10", "1000.00", "EUR", null)).post(linesPath(), production, ids[0], ids[1])
                .then().statusCode(201).extract().path("lineage");
        as(MANAGER).body(line("2201", "8", "2000.00", "EUR", null)).post(linesPath(), production, ids[0], ids[1])
                .then().statusCode(201);
        as(MANAGER).body(line("91", "1", "3000.00", "EUR", null)).post(linesPath(), production, ids[0], ids[1])
                .then().statusCode(201);
        as(PRODUCER).post(versionPath() + "/approval", production, ids[0], ids[1]).then().statusCode(200);

        Response copy = as(MANAGER).body("{\"label\": \"V2 après repérages\"}")
                .post(versionPath() + "/copies", production, ids[0], ids[1]);
        copy.then().statusCode(201).body("number", equalTo(2)).body("status", equalTo("DRAFT"))
                .body("copiedFrom", equalTo(ids[1])).header("Location", containsString("/versions/"));
        String v2 = copy.path("id");
        Response v2Read = as(AUDITOR).get(versionPath(), production, ids[0], v2);
        String locationLine = v2Read.path("lines.find { it.accountCode == '52' }.id");
        String insuranceLine = v2Read.path("lines.find { it.accountCode == '91' }.id");
        // location 10 -> 12 days: +2 000.00; insurance removed: -3 000.00; catering added: +1 500.00
        as(MANAGER).header("If-Match", "\"0\"").body(line("52", "12", "1000.00", "EUR", null))
                .put(linesPath() + "/{l}", production, ids[0], v2, locationLine).then().statusCode(200);
        as(MANAGER).delete(linesPath() + "/{l}", production, ids[0], v2, insuranceLine).then().statusCode(204);
        as(MANAGER).body(line("65", "30", "50.00", "EUR", null)).post(linesPath(), production, ids[0], v2).then().statusCode(201);

        // v1: 10 000 + 16 000 + 8 320 (crew charges 52 %) + 3 000 = 37 320.00; FG 2 612.40; IMP 3 732.00; total 43 664.40
        // v2: 12 000 + 16 000 + 8 320 + 1 500 = 37 820.00; FG 2 647.40; IMP 3 782.00; total 44 249.40
        as(AUDITOR).queryParam("against", ids[1]).get(versionPath() + "/comparison", production, ids[0], v2).then()
                .statusCode(200)
                .body("fromNumber", equalTo(1)).body("toNumber", equalTo(2))
                .body("lines.change", containsInAnyOrder("CHANGED", "ADDED", "REMOVED"))
                .body("lines.find { it.change == 'CHANGED' }.lineage", equalTo(keep))
                .body("lines.find { it.change == 'CHANGED' }.delta.amount", equalTo("2000.00"))
                .body("lines.find { it.change == 'CHANGED' }.changedFields", equalTo(java.util.List.of("quantity")))
                .body("lines.find { it.change == 'REMOVED' }.delta.amount", equalTo("-3000.00"))
                .body("lines.find { it.change == 'ADDED' }.after.amount", equalTo("1500.00"))
                .body("chapters.find { it.code == '5' }.delta.amount", equalTo("2000.00"))
                .body("chapters.find { it.code == '6' }.delta.amount", equalTo("1500.00"))
                .body("chapters.find { it.code == '9' }.delta.amount", equalTo("-3000.00"))
                .body("chapters.find { it.code == '2' }.delta.amount", equalTo("0.00"))
                .body("rules.find { it.code == 'FG' }.delta.amount", equalTo("35.00"))
                .body("subtotal.delta.amount", equalTo("500.00"))
                .body("total.before.amount", equalTo("43664.40"))
                .body("total.after.amount", equalTo("44249.40"))
                .body("total.delta.amount", equalTo("585.00"));

        String csv = as(AUDITOR).queryParam("against", ids[1]).queryParam("lang", "en")
                .get(versionPath() + "/comparison.csv", production, ids[0], v2).then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("comparaison-v1-v2-en.csv")).extract().asString();
        assertTrue(csv.contains("total;TOTAL;Total;;43664.40;44249.40;585.00;"), csv);
    }

    @Test
    void exportsTheDevisAsCsvInFrenchOrEnglish() {
        String production = BudgetApi.newProduction("Export CSV");
        String[] ids = workedExample(production);
        String fr = as(AUDITOR).get(versionPath() + "/export.csv", production, ids[0], ids[1]).then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("devis-v1-fr.csv")).extract().asString();
        assertTrue(fr.contains("\r\ntotal compte;42;Charges sur personnel intermittent;;;;;;;19174,16;;\r\n"), fr);
        assertTrue(fr.contains("\r\ntotal chapitre;4;Charges sociales;;;;;;;32869,16;;\r\n"), fr);
        assertTrue(fr.contains("\r\nligne;2201;Réalisateur (salaire technicien);8;semaine;2587,53;EUR;1;1;20700,24;10764,12;\r\n"
                + "total compte;22;Mise en scène;;;;;;;20700,24;;\r\n"), fr);
        assertTrue(fr.contains("\r\nligne;71;Prise de vues;5;semaine;3200,00;GBP;1,1765321;0;18824,51;0,00;\r\n"), fr);
        assertTrue(fr.contains("\r\npourcentage;FG;Frais généraux;183612,73;assiette;0,070000;EUR;;;12852,89;;\r\n"), fr);
        assertTrue(fr.contains("\r\ntotal;;Total du devis;;;;;;;214826,89;;\r\n"), fr);
        String en = as(AUDITOR).queryParam("lang", "en").get(versionPath() + "/export.csv", production, ids[0], ids[1])
                .then().statusCode(200).header("Content-Disposition", containsString("devis-v1-en.csv")).extract().asString();
        assertTrue(en.contains("\r\nchapter total;4;Social charges;;;;;;;32869.16;;\r\n"), en);
        assertTrue(en.contains("\r\ntotal;;Total budget;;;;;;;214826.89;;\r\n"), en);
        byte[] xlsx = as(AUDITOR).queryParam("lang", "en").get(versionPath() + "/export.xlsx", production, ids[0], ids[1])
                .then().statusCode(200)
                .contentType(startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header("Content-Disposition", containsString("devis-v1-en.xlsx")).extract().asByteArray();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            assertEquals("Amount", sheet.getRow(0).getCell(9).getStringCellValue());
            var last = sheet.getRow(sheet.getLastRowNum());
            assertEquals("Total budget", last.getCell(2).getStringCellValue());
            assertEquals(new java.math.BigDecimal("214826.89"),
                    java.math.BigDecimal.valueOf(last.getCell(9).getNumericCellValue()).setScale(2, java.math.RoundingMode.HALF_UP));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        as(AUDITOR).queryParam("lang", "de").get(versionPath() + "/export.csv", production, ids[0], ids[1])
                .then().statusCode(400).body("errors[0].field", equalTo("lang"));
    }

    @Test
    void aLabelASpreadsheetWouldEvaluateIsExportedAsTextAndEveryExportParsesBack() throws java.io.IOException {
        String production = BudgetApi.newProduction("Export neutralisé");
        String[] ids = BudgetApi.newCinemaBudget(production);
        as(MANAGER).body(line("71", "1", "100.00", "EUR", "\"label\": \"=1+1\", \"note\": \"@SUM(A1)\""))
                .post(linesPath(), production, ids[0], ids[1]).then().statusCode(201);
        for (String lang : List.of("fr", "en")) {
            String csv = as(AUDITOR).queryParam("lang", lang).get(versionPath() + "/export.csv", production, ids[0], ids[1])
                    .then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
            assertEquals('\uFEFF', csv.charAt(0), "UTF-8 byte-order mark first");
            var records = org.apache.commons.csv.CSVFormat.Builder.create().setDelimiter(';').get()
                    .parse(new java.io.StringReader(csv.substring(1))).getRecords();
            int width = records.get(0).size();
            assertTrue(records.stream().allMatch(r -> r.size() == width), "every row has the header's " + width + " cells");
            var line = records.stream().filter(r -> r.get(2).contains("1+1")).findFirst().orElseThrow();
            assertEquals("'=1+1", line.get(2), "the label opens as text, not a formula");
            assertEquals("'@SUM(A1)", line.get(11));
            assertEquals(lang.equals("fr") ? "100,00" : "100.00", line.get(9), "numbers are never touched");
        }
        byte[] xlsx = as(AUDITOR).get(versionPath() + "/export.xlsx", production, ids[0], ids[1]).then().statusCode(200)
                .extract().asByteArray();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            boolean found = false;
            for (var row : sheet) {
                var cell = row.getCell(2);
                if (cell != null && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                        && cell.getStringCellValue().contains("1+1")) {
                    assertEquals("'=1+1", cell.getStringCellValue());
                    found = true;
                }
            }
            assertTrue(found, "the line is in the workbook");
        }
    }

    @Test
    void overheadsAboveSevenPercentAreWarnedNotRefused() {
        String production = BudgetApi.newProduction("Frais Généraux Élevés");
        String[] ids = BudgetApi.newCinemaBudget(production);
        as(MANAGER).body(line("52", "1", "100000.00", "EUR", null)).post(linesPath(), production, ids[0], ids[1])
                .then().statusCode(201);
        as(MANAGER).body("{\"kind\": \"FRAIS_GENERAUX\", \"labelFr\": \"Frais généraux\", \"labelEn\": \"Overheads\", \"rate\": \"0.08\"}")
                .put(versionPath() + "/rules/FG", production, ids[0], ids[1]).then().statusCode(200)
                .body("amount.amount", equalTo("8000.00"));
        as(MANAGER).body("""
                {"kind": "PRODUCER_FEE", "labelFr": "Rémunération producteur", "labelEn": "Producer fee", "rate": "0.06",
                 "excludedRules": ["FG", "IMP"], "cap": {"amount": "5500.00", "currency": "EUR"}}""")
                .put(versionPath() + "/rules/PROD", production, ids[0], ids[1]).then().statusCode(200)
                .body("amount.amount", equalTo("5500.00")).body("capped", equalTo(true)).body("position", equalTo(3));
        // 100 000 + FG 8 000 + imprévus 10 000 (FG excluded) + fee 5 500 (capped) = 123 500.00
        as(AUDITOR).get(versionPath(), production, ids[0], ids[1]).then().statusCode(200)
                .body("total.amount", equalTo("123500.00"))
                .body("warnings.code", containsInAnyOrder("frais-generaux-above-transparency-cap",
                        "producer-fee-above-transparency-cap"))
                .body("warnings.find { it.ruleCode == 'FG' }.share", equalTo("0.080000"));
        as(MANAGER).body("{\"kind\": \"OTHER\", \"labelFr\": \"X\", \"labelEn\": \"X\", \"rate\": \"0.01\", \"baseChapters\": [\"42\"]}")
                .put(versionPath() + "/rules/X", production, ids[0], ids[1]).then().statusCode(400)
                .body("errors[0].field", equalTo("baseChapters"));
    }

    @Test
    void unknownProductionBudgetOrVersionIs404() {
        String production = BudgetApi.newProduction("Introuvable");
        String[] ids = BudgetApi.newCinemaBudget(production);
        String other = BudgetApi.newProduction("Autre");
        as(AUDITOR).get(versionPath(), other, ids[0], ids[1]).then().statusCode(404).contentType("application/problem+json");
        as(AUDITOR).get(versionPath(), production, ids[0], java.util.UUID.randomUUID()).then().statusCode(404);
        as(AUDITOR).get("/productions/{p}/budgets", java.util.UUID.randomUUID()).then().statusCode(404);
        as(MANAGER).body("{\"templateCode\": \"NOPE\", \"title\": \"X\"}").post("/productions/{p}/budgets", production)
                .then().statusCode(400).body("errors[0].field", equalTo("templateCode"));
        as(AUDITOR).get("/productions/{p}/budgets", production).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].versions[0].total.amount", equalTo("0.00"));
    }
}
