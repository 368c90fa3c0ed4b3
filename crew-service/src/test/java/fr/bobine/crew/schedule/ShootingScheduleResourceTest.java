package fr.bobine.crew.schedule;

import static fr.bobine.crew.CrewFixtures.AUDITOR;
import static fr.bobine.crew.CrewFixtures.MANAGER;
import static fr.bobine.crew.CrewFixtures.PAYROLL;
import static fr.bobine.crew.CrewFixtures.count;
import static fr.bobine.crew.CrewFixtures.events;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import fr.bobine.testing.EventSchemas;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class ShootingScheduleResourceTest {

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    /**
     * The worked example ({@link ShootingWeek}): planned hours and pay per person, computed by the timesheets' rules for
     * the civil week of Monday 8 March 2027 (March: the cinema night runs 20:00-06:00, CCN 3097 art. 40).
     * <p>
     * Director of photography, 2 800.00 for 39 h = 40 hourly units (35 h + 4 h × 1.25): 70.00 an hour. Called with the unit:
     * Mon 08-19 and Tue 08-19 = 10 h each; Wed 15-02 = 10 h of which 6 night (20-02); Thu 13-23 = 9 h of which 3 night;
     * Fri 10-20 = 9 h. 48 hours; rests of 11 h exactly (02:00 to 13:00, 23:00 to 10:00), nothing cut into them.
     * Hours of the week in order: Thu's 6th-9th = 36th-39th, Fri's 1st-9th = 40th-48th.
     * <ul>
     * <li>BASE 48 × 70.00 = 3 360.00</li>
     * <li>HS25 (art. 37, 36th-43rd hours) 8 × 70.00 × 25 % = 140.00</li>
     * <li>HS50 (44th-48th) 5 × 70.00 × 50 % = 175.00</li>
     * <li>NUIT50 (art. 40, first 8 night hours of the week: Wed's 6 and Thu's first 2) 8 × 70.00 × 50 % = 280.00</li>
     * <li>NUIT100 (the 9th night hour, Thu 22-23, which is also the 39th hour at +25 %: capped at +100 % in all, art. 36, so
     * 75 % of it) 1 × 70.00 × 75 % = 52.50</li>
     * </ul>
     * Gross 3 360.00 + 140.00 + 175.00 + 280.00 + 52.50 = 4 007.50.
     * <p>
     * Chief lighting technician, 1 450.00 / 40 = 36.25 an hour, called an hour before the unit and wrapping with it: Mon
     * 07-19 and Tue 07-19 = 11 h; Wed 14-02 = 11 h of which 6 night; Thu 12-23 = 10 h of which 3 night; Fri 09-20 = 10 h.
     * 53 hours. His rests are 10 h (02:00 to 12:00, 23:00 to 09:00): a warning each, not a refusal, and the first hour of
     * Thursday and of Friday cut into the 11 h (art. 35). Hours of the week: Mon 1-11, Tue 12-22, Wed 23-33 (night 28-33),
     * Thu 34-43 (night 41-43), Fri 44-53.
     * <ul>
     * <li>BASE 53 × 36.25 = 1 921.25</li>
     * <li>HS25 (36th-43rd) 8 × 36.25 × 25 % = 72.50</li>
     * <li>HS50 (45th-48th: the 44th, Friday's first hour, already carries +100 % for the rest, the cap) 4 × 36.25 × 50 % = 72.50</li>
     * <li>HS75 (49th-53rd) 5 × 36.25 × 75 % = 135.9375, 135.94</li>
     * <li>NUIT50 (Wed's 28th-32nd hours, Thu's 41st-42nd; Wed's 33rd is his 11th hour of the day, +100 % for the long day,
     * art. 38, which uses the cap) 7 × 36.25 × 50 % = 126.875, 126.88</li>
     * <li>NUIT100 (Thu's 43rd, 9th night hour, with +25 % overtime: 75 % left under the cap) 36.25 × 75 % = 27.1875, 27.19</li>
     * <li>JLONG (the 11th hour of Mon, Tue and Wed) 3 × 36.25 × 100 % = 108.75</li>
     * <li>REPOS (Thu's and Fri's first hours, art. 35) 2 × 36.25 × 100 % = 72.50</li>
     * </ul>
     * Gross 1 921.25 + 72.50 + 72.50 + 135.94 + 126.88 + 27.19 + 108.75 + 72.50 = 2 537.51.
     * <p>
     * Actress, in scenes on Monday, Wednesday and Friday: 3 cachets × 450.00 = 1 350.00.
     * <p>
     * The week: 4 007.50 + 2 537.51 + 1 350.00 = 7 895.01.
     */
    @Test
    void aFiveDayWeekOnTwoSetsWithANightExteriorGivesEachPersonTheirPlannedHoursAndPay() {
        ShootingWeek week = new ShootingWeek(bootstrap, "La Nuit du Phare — semaine 1");
        String version = week.scheduledVersion();

        JsonPath v = given().auth().oauth2(AUDITOR).get("/productions/{p}/schedule-versions/{v}", week.production, version)
                .then().statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("shootingDays", equalTo(5))
                .body("days.dayNumber", contains(1, 2, 3, 4, 5))
                .body("days[2].sets", contains("Falaise de Kéréon"))
                .body("days[2].wrapsNextDay", equalTo(true))
                // scenes 5 (18/8) and 6 (12/8): 30 eighths, 3 6/8 pages
                .body("days[2].pages", equalTo("3 6/8"))
                // 12+9+16+10+18+12+11+9+14+7 = 118 eighths = 14 6/8 pages
                .body("pages", equalTo("14 6/8"))
                .body("setChanges", equalTo(0))
                .body("castDays[0].name", equalTo("Soizic Caradec"))
                .body("castDays[0].dates", contains("2027-03-08", "2027-03-10", "2027-03-12"))
                .extract().jsonPath();
        // the electrician's two 10-hour rests: allowed by CCN 3097 art. 35, the hour cut into each paid +100 %
        assertEquals(List.of("WARNING", "WARNING"), v.getList("restFindings.verdict"));
        assertEquals(List.of("Gwenaël Le Bihan", "Gwenaël Le Bihan"), v.getList("restFindings.name"));
        assertEquals(List.of("2027-03-11T12:00:00", "2027-03-12T09:00:00"), v.getList("restFindings.nextCall"));
        assertEquals(List.of(60, 60), v.getList("restFindings.shortfallMinutes"));

        JsonPath labour = given().auth().oauth2(AUDITOR).get("/productions/{p}/schedule-versions/{v}/planned-labour", week.production,
                version).then().statusCode(200).extract().jsonPath();
        assertEquals("2027-03-08", labour.getString("weeks[0].weekStart"));
        Map<String, String> gross = new HashMap<>();
        Map<String, String> hours = new HashMap<>();
        for (Map<String, Object> p : labour.<Map<String, Object>> getList("weeks[0].people")) {
            gross.put((String) p.get("name"), labour.getString("weeks[0].people.find { it.name == '" + p.get("name") + "' }.gross.amount"));
            hours.put((String) p.get("name"), (String) p.get("hours"));
        }
        assertEquals(Map.of("Maëlle Kervella", "4007.50", "Gwenaël Le Bihan", "2537.51", "Soizic Caradec", "1350.00"), gross);
        assertEquals(Map.of("Maëlle Kervella", "48", "Gwenaël Le Bihan", "53", "Soizic Caradec", "0"), hours);
        assertEquals("7895.01", labour.getString("gross.amount"));
        assertEquals(Map.of("BASE", "1921.25", "HS25", "72.50", "HS50", "72.50", "HS75", "135.94", "NUIT50", "126.88",
                "NUIT100", "27.19", "JLONG", "108.75", "REPOS", "72.50"),
                lines(labour, "Gwenaël Le Bihan"));
        assertEquals(Map.of("BASE", "3360.00", "HS25", "140.00", "HS50", "175.00", "NUIT50", "280.00", "NUIT100", "52.50"),
                lines(labour, "Maëlle Kervella"));
        assertEquals("6", labour.getString("weeks[0].people.find { it.name == 'Maëlle Kervella' }.days[2].nightHours"));
        assertEquals("2027-03-10T14:00:00", labour.getString("weeks[0].people.find { it.name == 'Gwenaël Le Bihan' }.days[2].call"));
        assertEquals(3, labour.getInt("weeks[0].people.find { it.name == 'Soizic Caradec' }.cachets"));
        // 53 planned hours: above the 48 h weekly maximum, within the 60 h of the derogation (weekly_work_limit)
        assertEquals(List.of("WEEKLY_MAXIMUM_EXCEEDED"),
                labour.getList("weeks[0].people.find { it.name == 'Gwenaël Le Bihan' }.warnings.code"));
        assertEquals(List.of(), labour.getList("weeks[0].people.find { it.name == 'Maëlle Kervella' }.warnings"));
        assertEquals(List.of(), labour.getList("weeks[0].people.find { it.name == 'Soizic Caradec' }.warnings"));

        // Published: the plan the office works to, and its labour sent to budget-service once
        week.publish(version).then().statusCode(200).body("status", equalTo("PUBLISHED"));
        week.publish(version).then().statusCode(409);
        List<JsonNode> planned = events(bootstrap, LabourPlanEvents.PLANNED, "scheduleVersionId", version);
        assertEquals(1, planned.size());
        JsonNode data = planned.get(0).path("data");
        EventSchemas.assertValid(LabourPlanEvents.PLANNED, data);
        assertEquals("7895.01", data.path("total").path("amount").asText());
        assertEquals(3, data.path("weeks").size());

        // The planned week pre-fills the electrician's timesheet; submitted as is, it computes to the planned gross
        JsonPath prefilled = given().auth().oauth2(PAYROLL).queryParam("weekStart", "2027-03-08")
                .get("/productions/{p}/contracts/{c}/planned-timesheet", week.production, week.electricianContract)
                .then().statusCode(200).body("days", hasSize(5)).body("days[2].start", equalTo("2027-03-10T14:00:00"))
                .body("days[2].end", equalTo("2027-03-11T02:00:00")).extract().jsonPath();
        given().auth().oauth2(PAYROLL).contentType(ContentType.JSON)
                .body(Map.of("weekStart", "2027-03-08", "days", prefilled.getList("days")))
                .post("/productions/{p}/contracts/{c}/timesheets", week.production, week.electricianContract)
                .then().statusCode(201).body("gross.amount", equalTo("2537.51"));
    }

    private static Map<String, String> lines(JsonPath labour, String name) {
        Map<String, String> lines = new HashMap<>();
        for (Map<String, Object> l : labour.<Map<String, Object>> getList("weeks[0].people.find { it.name == '" + name + "' }.lines")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> amount = (Map<String, Object>) l.get("amount");
            lines.put((String) l.get("code"), (String) amount.get("amount"));
        }
        return lines;
    }

    @Test
    void movingAScenePreviewsItsConsequencesThenANewVersionComparesWithThePublishedOne() {
        ShootingWeek week = new ShootingWeek(bootstrap, "La Nuit du Phare — déplacement");
        String v1 = week.scheduledVersion();
        week.publish(v1).then().statusCode(200);
        String v2 = given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body("{\"label\": \"V2\", \"copyOf\": \"" + v1 + "\"}")
                .post("/productions/{p}/schedule-versions", week.production).then().statusCode(201)
                .body("number", equalTo(2)).body("status", equalTo("DRAFT")).body("shootingDays", equalTo(5))
                .extract().path("id");
        String move = "{\"sceneId\": \"" + week.scenes.get("9") + "\", \"toDate\": \"2027-03-11\", \"position\": 0}";

        // Scene 9 (the actress, Friday) to the head of Thursday: her Friday goes, Thursday comes; Thursday is then at the lighthouse
        // and the cliff (one set change); her rest from Wednesday's 02:00 wrap to Thursday's 13:00 call is 11 h, under the 12 h an
        // artist is owed under the cinema agreement (Titre III): a warning
        String etag = week.etag(v2);
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body(move)
                .post("/productions/{p}/schedule-versions/{v}/scene-moves/preview", week.production, v2).then().statusCode(200)
                .body("applied", equalTo(false))
                .body("refused", equalTo(false))
                .body("consequences.moved[0].from", equalTo("2027-03-12"))
                .body("consequences.moved[0].to", equalTo("2027-03-11"))
                .body("consequences.cast[0].name", equalTo("Soizic Caradec"))
                .body("consequences.cast[0].added", contains("2027-03-11"))
                .body("consequences.cast[0].removed", contains("2027-03-12"))
                .body("consequences.setChangesAfter", equalTo(1))
                .body("consequences.days.find { it.date == '2027-03-11' }.setsAfter", contains("Phare de Kéréon", "Falaise de Kéréon"))
                .body("restFindings[0].verdict", equalTo("WARNING"))
                .body("restFindings[0].restMinutes", equalTo(660));
        assertEquals(etag, week.etag(v2), "a preview stores nothing");

        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body(move)
                .post("/productions/{p}/schedule-versions/{v}/scene-moves", week.production, v2).then().statusCode(428);
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).header("If-Match", etag).body(move)
                .post("/productions/{p}/schedule-versions/{v}/scene-moves", week.production, v2).then().statusCode(200)
                .body("applied", equalTo(true));
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).header("If-Match", etag).body(move)
                .post("/productions/{p}/schedule-versions/{v}/scene-moves", week.production, v2).then().statusCode(412);

        given().auth().oauth2(AUDITOR).queryParam("from", v1).get("/productions/{p}/schedule-versions/{v}/comparison", week.production, v2)
                .then().statusCode(200)
                .body("moved", hasSize(1))
                .body("moved[0].number", equalTo("9"))
                .body("added", hasSize(0))
                .body("removed", hasSize(0))
                .body("cast[0].before", contains("2027-03-08", "2027-03-10", "2027-03-12"))
                .body("cast[0].after", contains("2027-03-08", "2027-03-10", "2027-03-11"))
                .body("setChangesBefore", equalTo(0))
                .body("setChangesAfter", equalTo(1));

        // a published version does not change; the list shows both, newest first
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).header("If-Match", week.etag(v1)).body(move)
                .post("/productions/{p}/schedule-versions/{v}/scene-moves", week.production, v1).then().statusCode(409);
        given().auth().oauth2(AUDITOR).get("/productions/{p}/schedule-versions", week.production).then().statusCode(200)
                .body("items.number", contains(2, 1)).body("items.status", contains("DRAFT", "PUBLISHED"))
                .body("items[1].firstDay", equalTo("2027-03-08")).body("items[1].lastDay", equalTo("2027-03-12"));

        // publishing V2 supersedes V1
        week.publish(v2).then().statusCode(200);
        given().auth().oauth2(AUDITOR).get("/productions/{p}/schedule-versions", week.production).then()
                .body("items.status", contains("PUBLISHED", "SUPERSEDED"));
    }

    @Test
    void aSceneScheduledTwiceACallBeforeTheEndOfTheRestAndAnUnknownSetAreRefusedAndNothingIsStored() {
        ShootingWeek week = new ShootingWeek(bootstrap, "La Nuit du Phare — refus");
        String version = given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body("{\"label\": null, \"copyOf\": null}")
                .post("/productions/{p}/schedule-versions", week.production).then().statusCode(201).extract().path("id");
        String scene1 = week.scenes.get("1");

        // scene 1 on Monday and again on Tuesday
        String twice = week.days().replaceFirst(week.scenes.get("3"), scene1);
        week.putDays(version, "\"0\"", twice).then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:bobine:problem:scene-scheduled-twice"))
                .body("errors[0].field", equalTo("days[1].sceneIds[0]"))
                .body("errors[0].reason", containsString("days[0].sceneIds[0]"));

        // Thursday 10:00-20:00: the electrician, called at 09:00, would rest 7 h after Wednesday's 02:00 wrap and the director
        // of photography 8 h: below the 9 h no agreement may go under (C. trav. D3131-6)
        String early = week.days().replace("\"unitCall\": \"13:00\", \"estimatedWrap\": \"23:00\"",
                "\"unitCall\": \"10:00\", \"estimatedWrap\": \"20:00\"");
        week.putDays(version, "\"0\"", early).then().statusCode(422)
                .body("type", equalTo("urn:bobine:problem:daily-rest-refused"))
                .body("errors", hasSize(2))
                .body("errors.field", contains("days[3].unitCall", "days[3].unitCall"))
                .body("errors[0].reason", containsString("below the floor of 9 h"));

        // a 14-hour day for the electrician (called at 07:00 for a 08:00-21:00 unit day)
        String tooLong = week.days().replaceFirst("\"estimatedWrap\": \"19:00\"", "\"estimatedWrap\": \"21:00\"");
        week.putDays(version, "\"0\"", tooLong).then().statusCode(422).body("type", equalTo("urn:bobine:problem:amplitude-exceeded"))
                .body("errors[0].field", equalTo("days[0].estimatedWrap"));

        given().auth().oauth2(AUDITOR).get("/productions/{p}/schedule-versions/{v}", week.production, version).then().statusCode(200)
                .body("shootingDays", equalTo(0)).header("ETag", equalTo("\"0\""));
        assertEquals(0, count(dataSource, "select count(*) from shooting_day where version_id = cast(? as uuid)", version));

        // a scene on a set of another production, or none
        long scenes = count(dataSource, "select count(*) from scene where production_id = ?", week.production);
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body("""
                {"number": "11", "shootingSetId": "%s", "setting": "EXT", "timeOfDay": "DAY", "eighths": 8}"""
                .formatted(java.util.UUID.randomUUID())).post("/productions/{p}/scenes", week.production).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("shootingSetId"));
        assertEquals(scenes, count(dataSource, "select count(*) from scene where production_id = ?", week.production));

        // the breakdown's lists: accents and case ignored, script order (10 after 9), sort by a documented field only
        given().auth().oauth2(AUDITOR).queryParam("q", "KEREON").get("/productions/{p}/sets", week.production).then().statusCode(200)
                .body("totalItems", equalTo(2)).body("items.code", contains("FALAISE", "PHARE"));
        given().auth().oauth2(AUDITOR).queryParam("size", 3).get("/productions/{p}/scenes", week.production).then().statusCode(200)
                .body("items.number", contains("1", "2", "3")).body("totalItems", equalTo(10)).body("nextPage", equalTo(1));
        given().auth().oauth2(AUDITOR).queryParam("shootingSetId", week.lighthouse).queryParam("sort", "-number")
                .get("/productions/{p}/scenes", week.production).then().statusCode(200)
                .body("items.number", contains("10", "9", "4", "3", "2", "1"));
        given().auth().oauth2(AUDITOR).queryParam("sort", "eighths").get("/productions/{p}/scenes", week.production).then()
                .statusCode(400).body("errors[0].field", equalTo("sort"));

        // the same scene number twice is a conflict; a publication of an empty version is refused
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body("""
                {"number": "1", "shootingSetId": "%s", "setting": "EXT", "timeOfDay": "DAY", "eighths": 8}""".formatted(week.cliff))
                .post("/productions/{p}/scenes", week.production).then().statusCode(409);
        week.publish(version).then().statusCode(422).body("type", equalTo("urn:bobine:problem:empty-schedule"));
    }
}
