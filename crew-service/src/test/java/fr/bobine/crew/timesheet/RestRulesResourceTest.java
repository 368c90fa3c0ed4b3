package fr.bobine.crew.timesheet;

import static fr.bobine.crew.CrewFixtures.AUDITOR;
import static fr.bobine.crew.CrewFixtures.MANAGER;
import static fr.bobine.crew.CrewFixtures.PAYROLL;
import static fr.bobine.crew.CrewFixtures.PRODUCER;
import static fr.bobine.crew.CrewFixtures.count;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import fr.bobine.crew.CrewFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Issue 18: rest between shooting days (daily-rest premium for both agreements) and the weekly limits. */
@QuarkusTest
class RestRulesResourceTest {

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    static Response submit(UUID production, String contract, String json) {
        return given().auth().oauth2(PAYROLL).contentType(ContentType.JSON).body(json)
                .post("/productions/{p}/contracts/{c}/timesheets", production, contract);
    }

    static Response postLimit(String token, String json) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(json).post("/reference/weekly-work-limits");
    }

    static final String LIMIT = """
            {"agreement": "IDCC_2642", "staff": "TECHNICIAN", "weeklyRestHours": "%s", "maximumHours": "%s",
             "derogationMaximumHours": "%s", "validFrom": "%s", "source": "test"}""";

    /** The seeded limits of both agreements, then a dated change: bad input is a problem and stores nothing. */
    @Test
    void weeklyWorkLimitsAreDatedEditableAndBadInputStoresNothing() {
        given().auth().oauth2(AUDITOR).queryParam("size", 50).get("/reference/weekly-work-limits").then().statusCode(200)
                .body("items.find { it.agreement == 'IDCC_3097' && it.staff == 'TECHNICIAN' }.weeklyRestHours", equalTo("35"))
                .body("items.find { it.agreement == 'IDCC_3097' && it.staff == 'TECHNICIAN' }.maximumHours", equalTo("48"))
                .body("items.find { it.agreement == 'IDCC_3097' && it.staff == 'TECHNICIAN' }.derogationMaximumHours", equalTo("60"))
                .body("items.find { it.agreement == 'IDCC_2642' && it.staff == 'TECHNICIAN' }.maximumHours", equalTo("48"))
                .body("items.find { it.agreement == 'IDCC_2642' && it.staff == 'ARTIST' }.source", containsString("VI.3.2"));
        long rows = count(dataSource, "select count(*) from weekly_work_limit");

        postLimit(PAYROLL, LIMIT.formatted("35", "forty-eight", "60", "2090-01-01")).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", containsString("maximumHours"));
        postLimit(PAYROLL, LIMIT.formatted("35", "48", "46", "2090-01-01")).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("derogationMaximumHours"));
        postLimit(PAYROLL, LIMIT.formatted("0", "48", "60", "2090-01-01")).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("weeklyRestHours"));
        postLimit(PAYROLL, LIMIT.formatted("35", "200", "200", "2090-01-01")).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("maximumHours"));
        postLimit(PAYROLL, """
                {"agreement": "IDCC_2642", "staff": "TECHNICIAN", "weeklyRestHours": "35", "maximumHours": "48",
                 "validFrom": "2090-01-01", "source": "test"}""").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", containsString("derogationMaximumHours"));
        postLimit(PAYROLL, "{not json").then().statusCode(400).contentType("application/problem+json");
        postLimit(MANAGER, LIMIT.formatted("35", "48", "60", "2090-01-01")).then().statusCode(403);
        assertEquals(rows, count(dataSource, "select count(*) from weekly_work_limit"), "nothing stored");

        String id = postLimit(PAYROLL, LIMIT.formatted("36", "48", "54", "2090-01-01")).then().statusCode(201)
                .header("Location", containsString("/reference/weekly-work-limits/"))
                .body("weeklyRestHours", equalTo("36"))
                .body("derogationMaximumHours", equalTo("54"))
                .body("validTo", nullValue())
                .extract().path("id");
        given().auth().oauth2(AUDITOR).get("/reference/weekly-work-limits/{id}", id).then().statusCode(200)
                .body("maximumHours", equalTo("48"));
        given().auth().oauth2(AUDITOR).get("/reference/weekly-work-limits/{id}", UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        postLimit(PAYROLL, LIMIT.formatted("35", "48", "60", "2089-06-01")).then().statusCode(409)
                .contentType("application/problem+json");
        given().auth().oauth2(AUDITOR).queryParam("size", 50).get("/reference/weekly-work-limits").then().statusCode(200)
                .body("items.findAll { it.agreement == 'IDCC_2642' && it.staff == 'TECHNICIAN' }.validTo", hasItem("2089-12-31"));
    }

    /**
     * The daily-rest premium is a fraction of the base hourly rate: 1.00 in cinema (art. 35), 0.50 in audiovisual
     * (VI.3.1.2), none established for cinema artists (Titre III). Bad input stores nothing.
     */
    @Test
    void dailyRestPremiumIsAFractionRateAndBadInputStoresNothing() {
        given().auth().oauth2(AUDITOR).get("/reference/daily-rest-rules").then().statusCode(200)
                .body("items.find { it.agreement == 'IDCC_3097' && it.staff == 'TECHNICIAN' }.premiumRate", equalTo("1.000000"))
                .body("items.find { it.agreement == 'IDCC_3097' && it.staff == 'TECHNICIAN' }.restMinutes", equalTo(660))
                .body("items.find { it.agreement == 'IDCC_2642' && it.staff == 'TECHNICIAN' }.premiumRate", equalTo("0.500000"))
                .body("items.find { it.agreement == 'IDCC_3097' && it.staff == 'ARTIST' }.premiumRate", nullValue())
                .body("items.find { it.agreement == 'IDCC_3097' && it.staff == 'ARTIST' }.source", containsString("not established"));
        long rows = count(dataSource, "select count(*) from daily_rest_rule");
        String rule = """
                {"agreement": "IDCC_2642", "staff": "ARTIST", "restMinutes": %s, "floorMinutes": 540, "reductionsPerWeek": 2,
                 "premiumRate": %s, "validFrom": "2090-01-01", "source": "test"}""";
        given().auth().oauth2(PAYROLL).contentType(ContentType.JSON).body(rule.formatted("660", "\"50\""))
                .post("/reference/daily-rest-rules").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", containsString("premiumRate"));
        given().auth().oauth2(PAYROLL).contentType(ContentType.JSON).body(rule.formatted("660", "\"3.50\""))
                .post("/reference/daily-rest-rules").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("premiumRate"));
        given().auth().oauth2(PAYROLL).contentType(ContentType.JSON).body(rule.formatted("665", "\"0.50\""))
                .post("/reference/daily-rest-rules").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("restMinutes"));
        assertEquals(rows, count(dataSource, "select count(*) from daily_rest_rule"), "nothing stored");
        given().auth().oauth2(PAYROLL).contentType(ContentType.JSON).body(rule.formatted("660", "\"0.5\""))
                .post("/reference/daily-rest-rules").then().statusCode(201).body("premiumRate", equalTo("0.500000"));
    }

    /**
     * Audiovisual, weekly rate 1 400.00 for 39 h = 40 units: 35.00 an hour. Monday 15 March 2027 wraps at 19:15; Tuesday
     * starts at 06:00: 10 h 45 of rest, one quarter inside the 11 h (VI.3.1.2). REPOS 0.25 × 35.00 × 0.50 = 4.375, 4.38.
     */
    @Test
    void audiovisualWeekPaysTheQuarterInsideTheRestAtPlus50Percent() {
        UUID production = CrewFixtures.production(bootstrap, "Repos audiovisuel");
        String person = CrewFixtures.person("Guivarc'h");
        String contract = given().auth().oauth2(PAYROLL).contentType(ContentType.JSON)
                .body(CrewFixtures.contractJson(person, "2642-1ER-ASS-REAL", "1400.00", "2027-04-11"))
                .post("/productions/{p}/contracts", production).then().statusCode(201).extract().path("id");
        given().auth().oauth2(PRODUCER).post("/productions/{p}/contracts/{c}/signature", production, contract).then().statusCode(200);

        submit(production, contract, """
                {"weekStart": "2027-03-15", "days": [
                  {"date": "2027-03-15", "start": "2027-03-15T10:15:00", "end": "2027-03-15T19:15:00", "mealBreakMinutes": 60},
                  {"date": "2027-03-16", "start": "2027-03-16T06:00:00", "end": "2027-03-16T15:15:00", "mealBreakMinutes": 60}]}""")
                .then().statusCode(201)
                .body("lines.find { it.code == 'REPOS' }.quantity", equalTo("0.25"))
                .body("lines.find { it.code == 'REPOS' }.amount.amount", equalTo("4.38"))
                .body("warnings", empty());
    }

    /**
     * A cinema technician's weeks, submitted out of order: Sunday 14 March (5 h), Monday 22 March from 06:45, then the
     * week of 15 March, Monday to Saturday 10 h a day (60 h) ending Saturday at 20:00. Its longest rest is Saturday
     * 20:00 to Monday 06:45 = 34 h 45, under the 35 h; 60 h is above 48 h but not above the 60 h of the derogation.
     * Another technician's 60.25 h week exceeds the derogation maximum.
     */
    @Test
    void submittedWeekReturnsAndKeepsItsWeeklyWarnings() {
        UUID production = CrewFixtures.production(bootstrap, "Semaine de soixante heures");
        String person = CrewFixtures.person("Morvan");
        String contract = CrewFixtures.signedContract(production, person, "1400.00");

        submit(production, contract, """
                {"weekStart": "2027-03-08", "days": [
                  {"date": "2027-03-14", "start": "2027-03-14T08:00:00", "end": "2027-03-14T13:00:00"}]}""")
                .then().statusCode(201).body("warnings", empty());
        submit(production, contract, """
                {"weekStart": "2027-03-22", "days": [
                  {"date": "2027-03-22", "start": "2027-03-22T06:45:00", "end": "2027-03-22T12:00:00"}]}""")
                .then().statusCode(201).body("warnings", empty());
        String timesheet = submit(production, contract, sixDays("2027-03-20T09:00:00", "2027-03-20T20:00:00"))
                .then().statusCode(201)
                .body("hours", equalTo("60"))
                .body("warnings.code", contains("WEEKLY_REST_SHORT", "WEEKLY_MAXIMUM_EXCEEDED"))
                .body("warnings[0].message", containsString("34 h 45, under the weekly rest of 35 h"))
                .body("warnings[1].message", containsString("60 h worked in the week of 2027-03-15"))
                .extract().path("id");
        given().auth().oauth2(AUDITOR).get("/productions/{p}/contracts/{c}/timesheets/{t}", production, contract, timesheet)
                .then().statusCode(200)
                .body("warnings.code", contains("WEEKLY_REST_SHORT", "WEEKLY_MAXIMUM_EXCEEDED"));
        assertEquals(2, count(dataSource, "select count(*) from timesheet_warning where timesheet_id = ?", UUID.fromString(timesheet)));

        String other = CrewFixtures.signedContract(production, CrewFixtures.person("Le Goff"), "1400.00");
        submit(production, other, sixDays("2027-03-20T09:00:00", "2027-03-20T20:15:00")).then().statusCode(201)
                .body("hours", equalTo("60.25"))
                .body("warnings.code", contains("DEROGATION_MAXIMUM_EXCEEDED"))
                .body("warnings[0].message", containsString("above the 60 h a derogation allows"));
    }

    /** Monday 15 to Friday 19 March 08:00-19:00 with an hour's meal (10 h each), and Saturday as given (meal 1 h). */
    static String sixDays(String saturdayStart, String saturdayEnd) {
        StringBuilder days = new StringBuilder();
        for (int d = 15; d <= 19; d++) {
            days.append("""
                    {"date": "2027-03-%1$d", "start": "2027-03-%1$dT08:00:00", "end": "2027-03-%1$dT19:00:00", "mealBreakMinutes": 60},
                    """.formatted(d));
        }
        days.append("""
                {"date": "2027-03-20", "start": "%s", "end": "%s", "mealBreakMinutes": 60}""".formatted(saturdayStart, saturdayEnd));
        return "{\"weekStart\": \"2027-03-15\", \"days\": [" + days + "]}";
    }
}
