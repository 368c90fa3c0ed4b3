package fr.bobine.crew.schedule;

import static fr.bobine.crew.CrewFixtures.MANAGER;
import static fr.bobine.crew.CrewFixtures.PAYROLL;
import static fr.bobine.crew.CrewFixtures.PRODUCER;
import static io.restassured.RestAssured.given;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.bobine.crew.CrewFixtures;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The worked example of the production office: a five-day shooting week (Monday 8 to Friday 12 March 2027) of "La Nuit du
 * Phare" on two sets, the lighthouse (scenes 1-4 and 9-10) and the cliff (5-8, a night exterior on Wednesday), with a
 * director of photography (2 800.00 a 39-hour week), a chief lighting technician (1 450.00 a 39-hour week, his
 * department called an hour before the unit) and an actress (450.00 a cachet) in scenes 1, 5, 6 and 9.
 * <pre>
 *   day  date        set      unit call  wrap          scenes
 *   1    Mon 8 Mar   Phare    08:00      19:00         1 (actress), 2
 *   2    Tue 9 Mar   Phare    08:00      19:00         3, 4
 *   3    Wed 10 Mar  Falaise  15:00      02:00 (Thu)   5, 6 (EXT NIGHT, actress)
 *   4    Thu 11 Mar  Falaise  13:00      23:00         7, 8
 *   5    Fri 12 Mar  Phare    10:00      20:00         9 (actress), 10
 * </pre>
 * Every day has a one-hour meal break. Used by the schedule's and the call sheets' resource tests.
 */
public final class ShootingWeek {

    public final UUID production;
    public final String dop;
    public final String electrician;
    public final String actress;
    public final String dopContract;
    public final String electricianContract;
    public final String actressContract;
    public final String lighthouse;
    public final String cliff;
    /** Scene number to scene id. */
    public final Map<String, String> scenes = new LinkedHashMap<>();

    /** The week scheduled in a version and published. */
    public static ShootingWeek published(String bootstrap, String title) {
        ShootingWeek week = new ShootingWeek(bootstrap, title);
        week.publish(week.scheduledVersion()).then().statusCode(200);
        return week;
    }

    /** The week scheduled in a draft version, not published. */
    public static ShootingWeek drafted(String bootstrap, String title) {
        ShootingWeek week = new ShootingWeek(bootstrap, title);
        week.scheduledVersion();
        return week;
    }

    ShootingWeek(String bootstrap, String title) {
        production = CrewFixtures.production(bootstrap, title);
        dop = person("Kervella", "Maëlle", "TECHNICIAN");
        electrician = person("Le Bihan", "Gwenaël", "TECHNICIAN");
        actress = person("Caradec", "Soizic", "ARTIST");
        dopContract = signed(dop, "3097-DIR-PHOTO", "WEEKLY", "39", "2800.00", "2027-03-01", "2027-04-25", "2401");
        electricianContract = signed(electrician, "3097-CHEF-ELEC", "WEEKLY", "39", "1450.00", "2027-03-01", "2027-04-25", "2802");
        actressContract = signed(actress, "3097-ARTISTE", "DAILY", "null", "450.00", "2027-03-08", "2027-03-12", "32");
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).header("If-Match", "\"0\"").body("""
                {"address": "Hôtel de la Baie, 29242 Ouessant", "phone": "+33 2 98 48 00 00",
                 "departmentCalls": [{"department": "LIGHTING", "callOffsetMinutes": -60, "wrapOffsetMinutes": 0}],
                 "emergencyContacts": [{"role": "Régisseur général", "name": "Yannick Le Goff", "phone": "+33 6 12 34 56 78"}],
                 "positionDepartments": []}""")
                .put("/productions/{p}/production-office", production).then().statusCode(200);
        lighthouse = set("PHARE", "Phare de Kéréon", "Pointe de Kéréon");
        cliff = set("FALAISE", "Falaise de Kéréon", "Chemin des douaniers");
        scene("1", lighthouse, "INT", "DAY", 12, actress);
        scene("2", lighthouse, "INT", "DAY", 9, null);
        scene("3", lighthouse, "INT", "DAY", 16, null);
        scene("4", lighthouse, "INT", "NIGHT", 10, null);
        scene("5", cliff, "EXT", "NIGHT", 18, actress);
        scene("6", cliff, "EXT", "NIGHT", 12, actress);
        scene("7", cliff, "EXT", "DAY", 11, null);
        scene("8", cliff, "EXT", "NIGHT", 9, null);
        scene("9", lighthouse, "INT", "DAY", 14, actress);
        scene("10", lighthouse, "INT", "DAY", 7, null);
    }

    /** The week above as the days of a schedule version. */
    String days() {
        return """
                {"days": [
                  {"date": "2027-03-08", "unitCall": "08:00", "estimatedWrap": "19:00", "mealBreakMinutes": 60, "notes": null,
                   "sceneIds": ["%s", "%s"]},
                  {"date": "2027-03-09", "unitCall": "08:00", "estimatedWrap": "19:00", "mealBreakMinutes": 60, "notes": null,
                   "sceneIds": ["%s", "%s"]},
                  {"date": "2027-03-10", "unitCall": "15:00", "estimatedWrap": "02:00", "mealBreakMinutes": 60,
                   "notes": "Nuit extérieure : lampes frontales, vêtements chauds", "sceneIds": ["%s", "%s"]},
                  {"date": "2027-03-11", "unitCall": "13:00", "estimatedWrap": "23:00", "mealBreakMinutes": 60, "notes": null,
                   "sceneIds": ["%s", "%s"]},
                  {"date": "2027-03-12", "unitCall": "10:00", "estimatedWrap": "20:00", "mealBreakMinutes": 60, "notes": null,
                   "sceneIds": ["%s", "%s"]}]}""".formatted(scenes.values().toArray());
    }

    /** A new draft version with the week's days; returns its id. */
    String scheduledVersion() {
        String version = given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body("{\"label\": \"V1\", \"copyOf\": null}")
                .post("/productions/{p}/schedule-versions", production).then().statusCode(201).extract().path("id");
        putDays(version, "\"0\"", days()).then().statusCode(200);
        return version;
    }

    Response putDays(String version, String etag, String days) {
        return given().auth().oauth2(MANAGER).contentType(ContentType.JSON).header("If-Match", etag).body(days)
                .put("/productions/{p}/schedule-versions/{v}/days", production, version);
    }

    String etag(String version) {
        return given().auth().oauth2(MANAGER).get("/productions/{p}/schedule-versions/{v}", production, version).then().statusCode(200)
                .extract().header("ETag");
    }

    Response publish(String version) {
        return given().auth().oauth2(MANAGER).header("If-Match", etag(version))
                .post("/productions/{p}/schedule-versions/{v}/publication", production, version);
    }

    private String person(String lastName, String firstNames, String kind) {
        String json = CrewFixtures.personJson(lastName, CrewFixtures.randomNir(), "FR7630006000011234567890189")
                .replace("\"Claire\"", "\"" + firstNames + "\"").replace("\"TECHNICIAN\"", "\"" + kind + "\"");
        return given().auth().oauth2(PAYROLL).contentType(ContentType.JSON).body(json).post("/people").then().statusCode(201)
                .extract().path("id");
    }

    private String signed(String person, String position, String engagement, String hours, String rate, String start, String end,
            String line) {
        String id = given().auth().oauth2(PAYROLL).contentType(ContentType.JSON).body("""
                {"personId": "%s", "positionCode": "%s", "engagement": "%s", "weeklyHours": %s,
                 "startDate": "%s", "firstHour": "08:00", "endDate": "%s",
                 "rate": {"amount": "%s", "currency": "EUR"}, "location": "OUTSIDE_PARIS_REGION", "budgetLineCode": "%s",
                 "allowances": []}""".formatted(person, position, engagement, hours, start, end, rate, line))
                .post("/productions/{p}/contracts", production).then().statusCode(201).extract().path("id");
        given().auth().oauth2(PRODUCER).post("/productions/{p}/contracts/{c}/signature", production, id).then().statusCode(200);
        return id;
    }

    private String set(String code, String name, String street) {
        return given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body("""
                {"code": "%s", "name": "%s", "kind": "LOCATION",
                 "address": {"street": "%s", "postcode": "29242", "town": "Ouessant", "country": "FR"},
                 "accessNotes": "Parking au port du Stiff, navette", "nearestHospital": "CHU de Brest, hôpital de la Cavale Blanche"}"""
                .formatted(code, name, street))
                .post("/productions/{p}/sets", production).then().statusCode(201).extract().path("id");
    }

    private void scene(String number, String set, String setting, String timeOfDay, int eighths, String castMember) {
        String cast = castMember == null ? "[]" : "[{\"personId\": \"" + castMember + "\", \"character\": \"Anna, la gardienne\"}]";
        scenes.put(number, given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body("""
                {"number": "%s", "shootingSetId": "%s", "setting": "%s", "timeOfDay": "%s", "eighths": %d,
                 "synopsis": "Scène %s", "cast": %s, "specialNeeds": %s}""".formatted(number, set, setting, timeOfDay, eighths,
                number, cast, "5".equals(number) ? "[\"Machine à vent\", \"Cascadeur\"]" : "[]"))
                .post("/productions/{p}/scenes", production).then().statusCode(201).extract().path("id"));
    }

    List<String> sceneIds(String... numbers) {
        return java.util.Arrays.stream(numbers).map(scenes::get).toList();
    }
}
