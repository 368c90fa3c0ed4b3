package fr.bobine.budget.carbon;

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
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import fr.bobine.budget.costreport.CostFixtures;
import fr.bobine.budget.devis.BudgetApi;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class CarbonResourceTest {

    static final String ACCOUNTANT = CostFixtures.ACCOUNTANT;
    static final String LINES = "/productions/{p}/carbon/activity-lines";
    static final String FORECAST = "/productions/{p}/carbon/forecast";
    static final String FINAL = "/productions/{p}/carbon/final";

    @Inject
    DataSource dataSource;

    static String activity(String basis, String code, String quantity, String account, String description) {
        return """
                {"basis": "%s", "activityCode": "%s", "quantity": "%s"%s%s}""".formatted(basis, code, quantity,
                account == null ? "" : ", \"accountCode\": \"" + account + "\"",
                description == null ? "" : ", \"description\": \"" + description + "\"");
    }

    static String kg(JsonPath s, String category) {
        return s.getString("categories.find { it.category == '" + category + "' }.kgCo2e");
    }

    /**
     * A small feature, "Le Phare de Sein": locked devis V1 with natural sets (52) 10 000.00, lodging (64) 6 000.00,
     * catering (65) 4 500.00, picture editing (81) 8 000.00 and the director's salary (2201) 20 000.00; then the
     * forecast activity data of the shoot in Brittany.
     */
    @Test
    void forecastOfASmallFeatureComputedByHandFromTheFactorsUsed() {
        String production = BudgetApi.newProduction("Le Phare de Sein");
        String[] ids = BudgetApi.newCinemaBudget(production);
        for (String[] l : new String[][] { { "52", "10000.00" }, { "64", "6000.00" }, { "65", "4500.00" }, { "81", "8000.00" },
                { "2201", "20000.00" } }) {
            as(MANAGER).body(line(l[0], "1", l[1], "EUR", null)).post(linesPath(), production, ids[0], ids[1]).then().statusCode(201);
        }
        as(PRODUCER).post(versionPath() + "/approval", production, ids[0], ids[1]).then().statusCode(200);

        as(MANAGER).body(activity("FORECAST", "TRAIN_HIGH_SPEED", "9488", null, "Paris - Quimper, 8 people x 2 x 593 km"))
                .post(LINES, production).then().statusCode(201).body("category", equalTo("TRAVEL"))
                .body("quantity", equalTo("9488.000")).body("unit", equalTo("passenger.km"));
        as(MANAGER).body(activity("FORECAST", "HOTEL_NIGHT", "120", "64", "15 people x 8 nights"))
                .post(LINES, production).then().statusCode(201).body("accountCode", equalTo("64"));
        as(ACCOUNTANT).body(activity("FORECAST", "MEAL_VEGETARIAN", "600", "65", null)).post(LINES, production).then().statusCode(201);
        as(ACCOUNTANT).body(activity("FORECAST", "MEAL_AVERAGE", "400", "65", null)).post(LINES, production).then().statusCode(201);
        as(MANAGER).body(activity("FORECAST", "DIESEL", "350", null, "generator")).post(LINES, production).then().statusCode(201);
        as(MANAGER).body(activity("FORECAST", "ELECTRICITY_FR", "1250.5", null, "studio days")).post(LINES, production)
                .then().statusCode(201);
        // final data does not move the forecast
        as(MANAGER).body(activity("FINAL", "DIESEL", "1000", null, null)).post(LINES, production).then().statusCode(201);

        // The factors used (V51__carbon_footprint.sql, all valid from 2024-01-01):
        //   TRAIN_HIGH_SPEED 0.002930 kg/passenger.km  ADEME Base Empreinte, TGV
        //   HOTEL_NIGHT      6.900000 kg/night         order of magnitude [U]
        //   MEAL_VEGETARIAN  0.510000 kg/meal          ADEME Base Empreinte, repas végétarien
        //   MEAL_AVERAGE     2.040000 kg/meal          ADEME Base Empreinte, repas moyen
        //   DIESEL           3.160000 kg/L             ADEME Base Empreinte, gazole, combustion + amont
        //   ELECTRICITY_FR   0.052000 kg/kWh           ADEME Base Empreinte, électricité France 2022
        //   SPEND_SETS       0.370000 kg/EUR           monetary ratio [U]
        //   SPEND_POST_PRODUCTION 0.110000 kg/EUR      monetary ratio [U]
        // Entered:  9 488 x 0.00293 = 27.79984 -> 27.800 kg      120 x 6.9 = 828.000 kg
        //           600 x 0.51 = 306.000 kg   400 x 2.04 = 816.000 kg   350 x 3.16 = 1 106.000 kg
        //           1 250.5 x 0.052 = 65.026 kg
        // From the devis: 52 -> 10 000.00 x 0.37 = 3 700.000 kg; 81 counts under chapter 8 -> 8 000.00 x 0.11 = 880.000 kg;
        //           64 and 65 are covered by the nights and meals entered, so their 6 000.00 and 4 500.00 are not counted
        //           again; 2201 (salary) and its charges on 42 have no mapped account.
        // TRAVEL 27.800, ACCOMMODATION 828.000, CATERING 1 122.000, ENERGY 1 171.026, SETS_AND_MATERIALS 3 700.000,
        // FREIGHT 0.000, POST_PRODUCTION 880.000; total 7 728.826 kg = 7.728826 t
        JsonPath s = as(AUDITOR).get(FORECAST, production).then().statusCode(200).extract().jsonPath();
        assertEquals("FORECAST", s.getString("basis"));
        assertEquals(1, s.getInt("versionNumber"));
        assertEquals("27.800", kg(s, "TRAVEL"));
        assertEquals("828.000", kg(s, "ACCOMMODATION"));
        assertEquals("1122.000", kg(s, "CATERING"));
        assertEquals("1171.026", kg(s, "ENERGY"));
        assertEquals("3700.000", kg(s, "SETS_AND_MATERIALS"));
        assertEquals("0.000", kg(s, "FREIGHT"));
        assertEquals("880.000", kg(s, "POST_PRODUCTION"));
        assertEquals("7728.826", s.getString("totalKgCo2e"));
        assertEquals("7.728826", s.getString("totalTonnesCo2e"));
        assertEquals(List.of("ENTERED", "ENTERED", "ENTERED", "ENTERED", "ENTERED", "ENTERED", "DERIVED_FROM_DEVIS",
                "DERIVED_FROM_DEVIS"), s.getList("lines.origin"));
        assertEquals(List.of("27.800", "828.000", "816.000", "306.000", "65.026", "1106.000", "3700.000", "880.000"),
                s.getList("lines.kgCo2e"));
        // each line shows the factor it was computed with
        assertEquals("0.002930", s.getString("lines[0].factor.kgCo2ePerUnit"));
        assertEquals("2024-01-01", s.getString("lines[0].factor.validFrom"));
        assertTrue(s.getString("lines[0].factor.source").startsWith("ADEME Base Empreinte, TGV"));
        assertEquals("52", s.getString("lines[6].accountCode"));
        assertEquals("10000.00", s.getString("lines[6].quantity"));
        assertEquals("EUR", s.getString("lines[6].unit"));
        assertEquals("8", s.getString("lines[7].accountCode"));

        // A new devis version is locked: +5 000.00 of set construction (53) -> +5 000.00 x 0.37 = 1 850.000 kg;
        // the forecast moves to 7 728.826 + 1 850.000 = 9 578.826 kg, read against version 2
        String v2 = as(MANAGER).body("{\"label\": \"V2\"}").post(versionPath() + "/copies", production, ids[0], ids[1])
                .then().statusCode(201).extract().path("id");
        as(MANAGER).body(line("53", "1", "5000.00", "EUR", null)).post(linesPath(), production, ids[0], v2).then().statusCode(201);
        // a draft does not count yet
        as(AUDITOR).get(FORECAST, production).then().statusCode(200).body("totalKgCo2e", equalTo("7728.826"));
        as(PRODUCER).post(versionPath() + "/approval", production, ids[0], v2).then().statusCode(200);
        JsonPath moved = as(AUDITOR).get(FORECAST, production).then().statusCode(200).extract().jsonPath();
        assertEquals(2, moved.getInt("versionNumber"));
        assertEquals("5550.000", kg(moved, "SETS_AND_MATERIALS"));
        assertEquals("9578.826", moved.getString("totalKgCo2e"));

        // the export to keep with the filing: lines, then one row per category, then the total, in French
        var response = as(AUDITOR).get("/productions/{p}/carbon/export.csv", production).then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("bilan-carbone-previsionnel-fr.csv")).extract();
        String csv = new String(response.asByteArray(), StandardCharsets.UTF_8);
        assertEquals('\uFEFF', csv.charAt(0));
        assertTrue(csv.contains("type;catégorie;origine;activité;libellé;compte;quantité;unité;facteur (kgCO2e/unité);"
                + "facteur valable depuis;source du facteur;kgCO2e;tCO2e"), csv);
        assertTrue(csv.contains("line;Déplacements de personnes;ENTERED;TRAIN_HIGH_SPEED;Train à grande vitesse (TGV) - "
                + "Paris - Quimper, 8 people x 2 x 593 km;;9488,000;passenger.km;0,002930;01/01/2024;"), csv);
        assertTrue(csv.contains(";27,800;0,027800\r\n"), csv);
        assertTrue(csv.contains("category;Énergie;;ENERGY;;;;;;;;1171,026;1,171026\r\n"), csv);
        assertTrue(csv.contains("total;TOTAL;;;Le Phare de Sein;;;;;"), csv);
        assertTrue(csv.contains(";9578,826;9,578826\r\n"), csv);
        String en = as(AUDITOR).queryParam("lang", "en").queryParam("basis", "FINAL")
                .get("/productions/{p}/carbon/export.csv", production).then().statusCode(200)
                .header("Content-Disposition", containsString("bilan-carbone-definitif-en.csv")).extract().asString();
        // final: the 1 000 L of diesel entered, 1 000 x 3.16 = 3 160.000 kg; no actual cost booked yet
        assertTrue(en.contains("category;Energy;;ENERGY;;;;;;;;3160.000;3.160000"), en);
    }

    /**
     * The final statement counts the actual costs: CostFixtures' locked budget (locations 52 48 000.00, camera 71
     * 20 000.00), an order of 30 000.00 on locations received and invoiced 12 000.00, an order of 20 000.00 on camera
     * received and invoiced 20 000.00, and 200 L of diesel entered for the final statement.
     */
    @Test
    void finalStatementCountsTheActualCostsAndTheFinalActivityData() {
        String[] b = CostFixtures.lockedBudget("Bilan définitif du Phare");
        String production = b[0];
        String supplier = CostFixtures.supplier("Loueur du Phare carbone");
        String bc1 = CostFixtures.order(production, supplier, "BC-C1", "2027-03-01", b[3], "30000.00");
        CostFixtures.receipt(production, bc1, "30000.00");
        CostFixtures.invoice(production, bc1, "FA-C1", "2027-03-10", "12000.00");
        String bc2 = CostFixtures.order(production, supplier, "BC-C2", "2027-03-01", b[4], "20000.00");
        CostFixtures.receipt(production, bc2, "20000.00");
        CostFixtures.invoice(production, bc2, "FA-C2", "2027-03-12", "20000.00");
        as(ACCOUNTANT).body(activity("FINAL", "DIESEL", "200", null, "fuel tickets")).post(LINES, production).then().statusCode(201);

        // forecast: 48 000.00 x 0.37 (SPEND_SETS) = 17 760.000; 20 000.00 x 0.12 (SPEND_EQUIPMENT) = 2 400.000; 20 160.000 kg
        as(AUDITOR).get(FORECAST, production).then().statusCode(200).body("totalKgCo2e", equalTo("20160.000"));
        // final: actual 12 000.00 x 0.37 = 4 440.000; 20 000.00 x 0.12 = 2 400.000; 200 L x 3.16 = 632.000;
        // total 7 472.000 kg = 7.472000 t. What is committed but not invoiced (18 000.00) is not counted.
        JsonPath f = as(AUDITOR).get(FINAL, production).then().statusCode(200).extract().jsonPath();
        assertEquals("FINAL", f.getString("basis"));
        assertEquals("632.000", kg(f, "ENERGY"));
        assertEquals("6840.000", kg(f, "SETS_AND_MATERIALS"));
        assertEquals("7472.000", f.getString("totalKgCo2e"));
        assertEquals("7.472000", f.getString("totalTonnesCo2e"));
        assertEquals(List.of("DERIVED_FROM_ACTUALS", "DERIVED_FROM_ACTUALS"),
                f.getList("lines.findAll { it.category == 'SETS_AND_MATERIALS' }.origin"));
        assertEquals("12000.00", f.getString("lines.find { it.accountCode == '52' }.quantity"));

        // an entered line linked to the camera account replaces its euros: 20 000.00 no longer counted there
        as(ACCOUNTANT).body(activity("FINAL", "ROAD_FREIGHT", "0", "71", "camera truck shared, nothing to add"))
                .post(LINES, production).then().statusCode(201);
        as(AUDITOR).get(FINAL, production).then().statusCode(200).body("totalKgCo2e", equalTo("5072.000"));
    }

    /**
     * Factor validity: ROAD_FREIGHT is seeded at 0.106 kg/tonne.km from 2024-01-01. A newer 0.095 valid from tomorrow
     * is not used today, and is used from its first day: 1 000 tonne.km -> 106.000 kg today, 95.000 kg tomorrow; before
     * 2024-01-01 there is no factor, the line is reported and not counted.
     */
    @Test
    void aFactorValidFromTomorrowIsNotUsedTodayAndIsUsedFromItsFirstDay() {
        String production = BudgetApi.newProduction("Facteurs datés");
        as(MANAGER).body(activity("FORECAST", "ROAD_FREIGHT", "1000", null, null)).post(LINES, production).then().statusCode(201);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        LocalDate tomorrow = today.plusDays(1);
        as(ACCOUNTANT).header("Idempotency-Key", "carbon-factor-tomorrow").body("""
                {"activityCode": "ROAD_FREIGHT", "kgCo2ePerUnit": "0.095", "validFrom": "%s",
                 "source": "ADEME Base Empreinte, poids lourd, consulted %s"}""".formatted(tomorrow, today))
                .post("/carbon/factors").then().statusCode(201).body("kgCo2ePerUnit", equalTo("0.095000"))
                .body("createdBy", equalTo("test@bobine.local"));

        as(AUDITOR).get(FORECAST, production).then().statusCode(200).body("factorsOn", equalTo(today.toString()))
                .body("totalKgCo2e", equalTo("106.000")).body("lines[0].factor.kgCo2ePerUnit", equalTo("0.106000"))
                .body("warnings.code", hasItem("no-locked-budget"));
        as(AUDITOR).queryParam("on", tomorrow.toString()).get(FORECAST, production).then().statusCode(200)
                .body("totalKgCo2e", equalTo("95.000")).body("lines[0].factor.validFrom", equalTo(tomorrow.toString()));
        as(AUDITOR).queryParam("on", "2023-12-31").get(FORECAST, production).then().statusCode(200)
                .body("totalKgCo2e", equalTo("0.000")).body("warnings.code", hasItem("no-factor"));
        // the activity list shows the factor in force today; the history keeps both, newest first
        as(AUDITOR).get("/carbon/activities").then().statusCode(200)
                .body("items.find { it.code == 'ROAD_FREIGHT' }.factorInForce.kgCo2ePerUnit", equalTo("0.106000"));
        as(AUDITOR).queryParam("activityCode", "ROAD_FREIGHT").get("/carbon/factors").then().statusCode(200)
                .body("items.kgCo2ePerUnit", equalTo(List.of("0.095000", "0.106000")));
        // the same key replays; a second factor from the same date is refused, the first is never overwritten
        as(ACCOUNTANT).header("Idempotency-Key", "carbon-factor-tomorrow").body("""
                {"activityCode": "ROAD_FREIGHT", "kgCo2ePerUnit": "0.095", "validFrom": "%s",
                 "source": "ADEME Base Empreinte, poids lourd, consulted %s"}""".formatted(tomorrow, today))
                .post("/carbon/factors").then().statusCode(201).header("Idempotent-Replayed", "true");
        as(PRODUCER).body("""
                {"activityCode": "ROAD_FREIGHT", "kgCo2ePerUnit": "0.090", "validFrom": "%s", "source": "x"}""".formatted(tomorrow))
                .post("/carbon/factors").then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void badInputIsRefusedWithAProblemAndNothingIsStored() throws Exception {
        String production = BudgetApi.newProduction("Saisies refusées");
        long lines = count(dataSource, "carbon_activity_line");
        long factors = count(dataSource, "carbon_factor");
        as(MANAGER).body(activity("FORECAST", "TELEPORTATION", "1", null, null)).post(LINES, production).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("activityCode"));
        as(MANAGER).body(activity("FORECAST", "DIESEL", "-0.001", null, null)).post(LINES, production).then().statusCode(400)
                .contentType("application/problem+json");
        as(MANAGER).body(activity("FORECAST", "DIESEL", "1.0001", null, null)).post(LINES, production).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("quantity"));
        as(MANAGER).body("{\"basis\": \"FORECAST\", \"activityCode\": \"DIESEL\", \"quantity\": 12.5}").post(LINES, production)
                .then().statusCode(400).contentType("application/problem+json");
        as(MANAGER).body(activity("ESTIMATE", "DIESEL", "1", null, null)).post(LINES, production).then().statusCode(400)
                .contentType("application/problem+json");
        as(MANAGER).body(activity("FORECAST", "DIESEL", "1", "999", null)).post(LINES, production).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("accountCode"));
        as(AUDITOR).body(activity("FORECAST", "DIESEL", "1", null, null)).post(LINES, production).then().statusCode(403);
        assertEquals(lines, count(dataSource, "carbon_activity_line"));

        String factor = """
                {"activityCode": "%s", "kgCo2ePerUnit": "%s", "validFrom": "2030-01-01"%s}""";
        as(ACCOUNTANT).body(factor.formatted("DIESEL", "3.2", "")).post("/carbon/factors").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(containsString("source")));
        as(ACCOUNTANT).body(factor.formatted("DIESEL", "3.2", ", \"source\": \"   \"")).post("/carbon/factors").then()
                .statusCode(400).contentType("application/problem+json");
        as(ACCOUNTANT).body(factor.formatted("DIESEL", "-3.2", ", \"source\": \"ADEME\"")).post("/carbon/factors").then()
                .statusCode(400).contentType("application/problem+json");
        as(ACCOUNTANT).body(factor.formatted("DIESEL", "3.1234567", ", \"source\": \"ADEME\"")).post("/carbon/factors").then()
                .statusCode(400).contentType("application/problem+json");
        as(ACCOUNTANT).body(factor.formatted("UNOBTAINIUM", "3.2", ", \"source\": \"ADEME\"")).post("/carbon/factors").then()
                .statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("activityCode"));
        as(MANAGER).body(factor.formatted("DIESEL", "3.2", ", \"source\": \"ADEME\"")).post("/carbon/factors").then()
                .statusCode(403);
        assertEquals(factors, count(dataSource, "carbon_factor"));

        // the mapping: only to a monetary activity, only for an account of the template
        as(ACCOUNTANT).body("{\"activityCode\": \"DIESEL\"}").put("/carbon/account-mappings/CNC-CINEMA/75").then()
                .statusCode(422).contentType("application/problem+json");
        as(ACCOUNTANT).body("{\"activityCode\": \"SPEND_ENERGY\"}").put("/carbon/account-mappings/CNC-CINEMA/7599").then()
                .statusCode(404).contentType("application/problem+json");
        as(AUDITOR).queryParam("templateCode", "CNC-CINEMA").get("/carbon/account-mappings").then().statusCode(200)
                .body("items.find { it.accountCode == '75' }.activityCode", equalTo("SPEND_ENERGY"));
        // a malformed date and an unknown production
        as(AUDITOR).queryParam("on", "2027-02-30").get(FORECAST, production).then().statusCode(400)
                .contentType("application/problem+json");
        as(AUDITOR).get(FORECAST, "6b1f0a4e-0000-4000-8000-00000000dead").then().statusCode(404);
    }

    @Test
    void enteredLinesAreListedAndRemoved() {
        String production = BudgetApi.newProduction("Lignes carbone");
        String id = as(MANAGER).body(activity("FORECAST", "CAR_THERMAL", "300", null, "repérages"))
                .post(LINES, production).then().statusCode(201).header("Location", containsString("/carbon/activity-lines/"))
                .extract().path("id");
        as(MANAGER).body(activity("FINAL", "CAR_THERMAL", "420", null, null)).post(LINES, production).then().statusCode(201);
        as(AUDITOR).queryParam("basis", "FORECAST").get(LINES, production).then().statusCode(200)
                .body("items.quantity", equalTo(List.of("300.000"))).body("items[0].description", equalTo("repérages"));
        // 300 km x 0.192 = 57.600 kg
        as(AUDITOR).get(FORECAST, production).then().statusCode(200).body("totalKgCo2e", equalTo("57.600"));
        as(MANAGER).delete(LINES + "/{l}", production, id).then().statusCode(204);
        as(MANAGER).delete(LINES + "/{l}", production, id).then().statusCode(404);
        as(AUDITOR).get(FORECAST, production).then().statusCode(200).body("totalKgCo2e", equalTo("0.000"));
        as(AUDITOR).get(LINES, production).then().statusCode(200).body("items.basis", equalTo(List.of("FINAL")));
    }
}
