package fr.bobine.system;

import static fr.bobine.system.SystemUnderTest.asEveryRole;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.bobine.testing.Eventually;
import fr.bobine.testing.PdfText;
import io.restassured.path.json.JsonPath;

/**
 * The production office's worked example across the services: a five-day shooting week of "La Nuit du Phare" on two
 * sets with a night exterior is scheduled and published in crew-service, the call sheet of day 3 is printed, and the
 * planned labour of each person reaches budget-service's cost report through Kafka as the estimate to complete of their
 * budget line, then planned against actual once a week is approved.
 */
class ShootingWeekIT {

    static final SystemUnderTest system = new SystemUnderTest();
    static final Duration WAIT = Duration.ofSeconds(60);

    @BeforeAll
    static void start() throws Exception {
        system.start();
    }

    @AfterAll
    static void stop() throws Exception {
        system.stop();
    }

    static String person(String last, String first, String kind, String nir) {
        return asEveryRole().body("""
                {"lastName": "%s", "firstNames": "%s", "sex": "FEMALE", "kind": "%s", "nir": "%s", "birthDate": "1988-06-02",
                 "birthPlace": "Brest", "birthDepartement": "29",
                 "address": {"street": "14 rue de Siam", "postcode": "29200", "town": "Brest", "country": "FR"},
                 "iban": "FR7630006000011234567890189", "congesSpectaclesNumber": "C1234567", "medicalVisitDate": "2026-10-15"}"""
                .formatted(last, first, kind, nir)).post(system.url("crew") + "/people").then().statusCode(201).extract().path("id");
    }

    /** A contract for the shooting week, signed; returns its id. */
    static String contract(String crew, String person, String position, String engagement, String hours, String rate, String line) {
        String id = asEveryRole().body("""
                {"personId": "%s", "positionCode": "%s", "engagement": "%s", "weeklyHours": %s,
                 "startDate": "2027-03-08", "firstHour": "08:00", "endDate": "2027-03-12",
                 "rate": {"amount": "%s", "currency": "EUR"}, "location": "OUTSIDE_PARIS_REGION", "budgetLineCode": "%s",
                 "allowances": []}""".formatted(person, position, engagement, hours, rate, line))
                .post(crew + "/contracts").then().statusCode(201).extract().path("id");
        asEveryRole().post(crew + "/contracts/{c}/signature", id).then().statusCode(200);
        return id;
    }

    static String scene(String crew, String number, String set, String setting, String timeOfDay, int eighths, String actress) {
        String cast = actress == null ? "[]" : "[{\"personId\": \"" + actress + "\", \"character\": \"Anna, la gardienne\"}]";
        return asEveryRole().body("""
                {"number": "%s", "shootingSetId": "%s", "setting": "%s", "timeOfDay": "%s", "eighths": %d, "synopsis": null,
                 "cast": %s, "specialNeeds": []}""".formatted(number, set, setting, timeOfDay, eighths, cast))
                .post(crew + "/scenes").then().statusCode(201).extract().path("id");
    }

    static String set(String crew, String code, String name) {
        return asEveryRole().body("""
                {"code": "%s", "name": "%s", "kind": "LOCATION",
                 "address": {"street": "Pointe de Kéréon", "postcode": "29242", "town": "Ouessant", "country": "FR"},
                 "accessNotes": null, "nearestHospital": "CHU de Brest, hôpital de la Cavale Blanche"}""".formatted(code, name))
                .post(crew + "/sets").then().statusCode(201).extract().path("id");
    }

    /**
     * The week (March: cinema night 20:00-06:00, CCN 3097 art. 40), each day with a one-hour meal break:
     * Mon 8 and Tue 9 at the lighthouse 08:00-19:00; Wed 10 the night exterior at the cliff 15:00-02:00; Thu 11 at the
     * cliff 13:00-23:00; Fri 12 at the lighthouse 10:00-20:00. The electricians are called an hour before the unit.
     * <p>
     * Planned pay, hour by hour in crew-service's ShootingScheduleResourceTest:
     * <ul>
     * <li>director of photography, 2 800.00 / 40 units = 70.00 an hour, 48 h (10+10+10+9+9) of which 9 at night:
     * BASE 3 360.00 + HS25 8 h 140.00 + HS50 5 h 175.00 + NUIT50 8 h 280.00 + NUIT100 1 h capped at 75 % 52.50 = 4 007.50;</li>
     * <li>chief lighting technician, 1 450.00 / 40 = 36.25 an hour, 53 h (11+11+11+10+10), two rests of 10 h: BASE 1 921.25 +
     * HS25 72.50 + HS50 72.50 + HS75 135.94 + NUIT50 126.88 + NUIT100 27.19 + JLONG 108.75 + REPOS 72.50 = 2 537.51;</li>
     * <li>actress, 3 cachets × 450.00 = 1 350.00.</li>
     * </ul>
     * Contracts for the week commit 2 800.00 and 1 450.00 (one week each, ContractCost) and 5 days × 450.00 = 2 250.00.
     */
    @Test
    void aPublishedShootingWeekIsThePlannedLabourOfTheCostReportAndItsApprovedWeekTheActual() {
        String production = asEveryRole().body("""
                {"title": "La Nuit du Phare", "kind": "FEATURE_FILM", "originalLanguages": ["fr"],
                 "delegatedProducer": {"name": "Les Films du Quai", "siret": "73282932000074"},
                 "plannedShootingStart": "2027-03-08", "plannedShootingEnd": "2027-04-23"}""")
                .post(system.url("budget") + "/productions").then().statusCode(201).extract().path("id");
        CrossServiceIT.lockBudget(production, "2401|8|semaine|2800.00", "2802|8|semaine|1450.00", "32|5|cachet|450.00");
        String crew = system.url("crew") + "/productions/" + production;
        Eventually.within(WAIT, () -> asEveryRole().get(crew).then().statusCode(200));

        String dop = person("Kervella", "Maëlle", "TECHNICIAN", "288067511204551");
        String electrician = person("Le Bihan", "Gwenaël", "TECHNICIAN", "185032923212392");
        String actress = person("Caradec", "Soizic", "ARTIST", "290022901908895");
        String dopContract = contract(crew, dop, "3097-DIR-PHOTO", "WEEKLY", "39", "2800.00", "2401");
        String electricianContract = contract(crew, electrician, "3097-CHEF-ELEC", "WEEKLY", "39", "1450.00", "2802");
        String actressContract = contract(crew, actress, "3097-ARTISTE", "DAILY", "null", "450.00", "32");
        asEveryRole().header("If-Match", "\"0\"").body("""
                {"address": "Hôtel de la Baie, 29242 Ouessant", "phone": "+33 2 98 48 00 00",
                 "departmentCalls": [{"department": "LIGHTING", "callOffsetMinutes": -60, "wrapOffsetMinutes": 0}],
                 "emergencyContacts": [{"role": "Régisseur général", "name": "Yannick Le Goff", "phone": "+33 6 12 34 56 78"}],
                 "positionDepartments": []}""").put(crew + "/production-office").then().statusCode(200);

        String lighthouse = set(crew, "PHARE", "Phare de Kéréon");
        String cliff = set(crew, "FALAISE", "Falaise de Kéréon");
        List<String> s = new ArrayList<>();
        s.add(scene(crew, "1", lighthouse, "INT", "DAY", 12, actress));
        s.add(scene(crew, "2", lighthouse, "INT", "DAY", 9, null));
        s.add(scene(crew, "3", lighthouse, "INT", "DAY", 16, null));
        s.add(scene(crew, "4", lighthouse, "INT", "NIGHT", 10, null));
        s.add(scene(crew, "5", cliff, "EXT", "NIGHT", 18, actress));
        s.add(scene(crew, "6", cliff, "EXT", "NIGHT", 12, actress));
        s.add(scene(crew, "7", cliff, "EXT", "DAY", 11, null));
        s.add(scene(crew, "8", cliff, "EXT", "NIGHT", 9, null));
        s.add(scene(crew, "9", lighthouse, "INT", "DAY", 14, actress));
        s.add(scene(crew, "10", lighthouse, "INT", "DAY", 7, null));
        String version = asEveryRole().body("{\"label\": \"Semaine 1\", \"copyOf\": null}").post(crew + "/schedule-versions")
                .then().statusCode(201).extract().path("id");
        String etag = asEveryRole().header("If-Match", "\"0\"").body("""
                {"days": [
                  {"date": "2027-03-08", "unitCall": "08:00", "estimatedWrap": "19:00", "mealBreakMinutes": 60, "notes": null, "sceneIds": ["%s", "%s"]},
                  {"date": "2027-03-09", "unitCall": "08:00", "estimatedWrap": "19:00", "mealBreakMinutes": 60, "notes": null, "sceneIds": ["%s", "%s"]},
                  {"date": "2027-03-10", "unitCall": "15:00", "estimatedWrap": "02:00", "mealBreakMinutes": 60, "notes": "Nuit extérieure", "sceneIds": ["%s", "%s"]},
                  {"date": "2027-03-11", "unitCall": "13:00", "estimatedWrap": "23:00", "mealBreakMinutes": 60, "notes": null, "sceneIds": ["%s", "%s"]},
                  {"date": "2027-03-12", "unitCall": "10:00", "estimatedWrap": "20:00", "mealBreakMinutes": 60, "notes": null, "sceneIds": ["%s", "%s"]}]}"""
                .formatted(s.toArray())).put(crew + "/schedule-versions/{v}/days", version).then().statusCode(200)
                .body("restFindings.verdict", org.hamcrest.Matchers.contains("WARNING", "WARNING")).extract().header("ETag");
        asEveryRole().header("If-Match", etag).post(crew + "/schedule-versions/{v}/publication", version).then().statusCode(200)
                .body("status", equalTo("PUBLISHED"));

        JsonPath labour = asEveryRole().get(crew + "/schedule-versions/{v}/planned-labour", version).then().statusCode(200).extract().jsonPath();
        Map<String, String> planned = Map.of(dopContract, "4007.50", electricianContract, "2537.51", actressContract, "1350.00");
        planned.forEach((contract, gross) -> assertEquals(gross,
                labour.getString("weeks[0].people.find { it.contractId == '" + contract + "' }.gross.amount")));
        assertEquals("48", labour.getString("weeks[0].people.find { it.contractId == '" + dopContract + "' }.hours"));
        assertEquals("53", labour.getString("weeks[0].people.find { it.contractId == '" + electricianContract + "' }.hours"));
        assertEquals("7895.01", labour.getString("gross.amount"));

        // the call sheet of day 3, printed
        String sheet = asEveryRole().body("""
                {"date": "2027-03-10", "transport": [{"departure": "14:15", "from": "Hôtel de la Baie", "to": "Falaise de Kéréon",
                  "vehicle": "Minibus", "passengers": null}],
                 "meals": [{"kind": "DINNER", "time": "20:30", "place": "Cantine, parking du phare", "caterer": null}],
                 "callOverrides": [], "notes": null}""").post(crew + "/call-sheets").then().statusCode(201)
                .body("dayNumber", equalTo(3)).extract().path("id");
        PdfText.assertContains(PdfText.of(given().auth().oauth2(SystemUnderTest.ALL_ROLES).get(crew + "/call-sheets/{c}/call-sheet.pdf", sheet),
                "call-sheet-2027-03-10-v1"), "Feuille de service - La Nuit du Phare", "Jour 3 / 5", "Falaise de Kéréon",
                "CHU de Brest", "Soizic Caradec", "Gwenaël Le Bihan", "14:00", "02:00 (+1)", "Minibus", "Dîner");

        // budget-service, through Kafka: each person's planned week, and the estimate to complete of their line
        // 2401: committed 2 800.00, planned to complete 4 007.50: ETC 1 207.50, EFC 4 007.50, variance 22 400.00 − 4 007.50 = 18 392.50
        // 2802: committed 1 450.00, planned 2 537.51: ETC 1 087.51, EFC 2 537.51
        // 32: committed 2 250.00 covers the planned 1 350.00: ETC 0.00, EFC 2 250.00
        String report = system.url("budget") + "/productions/" + production + "/cost-report";
        Eventually.within(WAIT, () -> given().auth().oauth2(SystemUnderTest.ALL_ROLES).get(report).then().statusCode(200)
                .body("labour.planned.amount", equalTo("7895.01")));
        JsonPath cost = given().auth().oauth2(SystemUnderTest.ALL_ROLES).get(report).then().statusCode(200).extract().jsonPath();
        planned.forEach((contract, gross) -> assertEquals(gross,
                cost.getString("labour.weeks.find { it.contractId == '" + contract + "' }.planned.amount")));
        assertEquals("2027-03-08", cost.getString("labour.weeks[0].weekStart"));
        assertEquals(List.of("1207.50", "4007.50", "18392.50"), figures(cost, "2401", "estimateToComplete", "estimatedFinalCost", "variance"));
        assertEquals(List.of("1087.51", "2537.51"), figures(cost, "2802", "estimateToComplete", "estimatedFinalCost"));
        assertEquals(List.of("0.00", "2250.00"), figures(cost, "32", "estimateToComplete", "estimatedFinalCost"));
        assertEquals("true", cost.getString("lines.find { it.accountCode == '2401' }.etcPlanned"));

        // the electrician's week, pre-filled from the schedule, submitted and approved as planned: actual 2 537.51, difference 0.00
        JsonPath prefilled = asEveryRole().queryParam("weekStart", "2027-03-08").get(crew + "/contracts/{c}/planned-timesheet", electricianContract)
                .then().statusCode(200).extract().jsonPath();
        String timesheet = asEveryRole().body(Map.of("weekStart", "2027-03-08", "days", prefilled.getList("days")))
                .post(crew + "/contracts/{c}/timesheets", electricianContract).then().statusCode(201)
                .body("gross.amount", equalTo("2537.51")).extract().path("id");
        asEveryRole().post(crew + "/contracts/{c}/timesheets/{t}/approval", electricianContract, timesheet).then().statusCode(200);
        Eventually.within(WAIT, () -> given().auth().oauth2(SystemUnderTest.ALL_ROLES).get(report).then().statusCode(200)
                .body("labour.actual.amount", equalTo("2537.51")));
        JsonPath after = given().auth().oauth2(SystemUnderTest.ALL_ROLES).get(report).then().statusCode(200).extract().jsonPath();
        assertEquals("0.00", after.getString("labour.weeks.find { it.contractId == '" + electricianContract + "' }.difference.amount"));
        // 2802 once approved: actual 2 537.51, nothing committed or planned any more: ETC 0.00, EFC 2 537.51
        assertEquals(List.of("2537.51", "0.00", "2537.51"), figures(after, "2802", "actual", "estimateToComplete", "estimatedFinalCost"));
        assertEquals("5357.50", after.getString("labour.plannedToComplete.amount"));
    }

    private static List<String> figures(JsonPath report, String account, String... names) {
        List<String> values = new ArrayList<>();
        for (String n : names) {
            values.add(report.getString("lines.find { it.accountCode == '" + account + "' }.figures." + n + ".amount"));
        }
        return values;
    }
}
