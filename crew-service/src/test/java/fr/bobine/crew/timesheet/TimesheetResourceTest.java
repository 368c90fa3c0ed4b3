package fr.bobine.crew.timesheet;

import static fr.bobine.crew.CrewFixtures.AUDITOR;
import static fr.bobine.crew.CrewFixtures.MANAGER;
import static fr.bobine.crew.CrewFixtures.PAYROLL;
import static fr.bobine.crew.CrewFixtures.PRODUCER;
import static fr.bobine.crew.CrewFixtures.count;
import static fr.bobine.crew.CrewFixtures.events;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import fr.bobine.crew.CrewFixtures;
import fr.bobine.testing.EventSchemas;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
class TimesheetResourceTest {

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    /** The 52-hour week of CinemaWeek3097Test, as a technician records it (March: night from 20:00). */
    static final String WEEK_OF_52_HOURS = """
            {"weekStart": "2027-03-03", "days": [
              {"date": "2027-03-03", "start": "2027-03-03T08:00:00", "end": "2027-03-03T19:00:00", "mealBreakMinutes": 60},
              {"date": "2027-03-04", "start": "2027-03-04T08:00:00", "end": "2027-03-04T19:00:00", "mealBreakMinutes": 60},
              {"date": "2027-03-05", "start": "2027-03-05T10:00:00", "end": "2027-03-05T22:00:00", "mealBreakMinutes": 60},
              {"date": "2027-03-07", "start": "2027-03-07T08:00:00", "end": "2027-03-07T19:00:00", "mealBreakMinutes": 60},
              {"date": "2027-03-08", "start": "2027-03-08T07:00:00", "end": "2027-03-08T19:00:00", "mealBreakMinutes": 60}]}
            """;

    static Response submit(UUID production, String contract, String json) {
        return given().auth().oauth2(PAYROLL).contentType(ContentType.JSON).body(json)
                .post("/productions/{p}/contracts/{c}/timesheets", production, contract);
    }

    /**
     * Weekly rate 1 200.00 for 39 h = 40 units: 30.00 an hour, the worked week of CinemaWeek3097Test: gross 2 092.50.
     * Then the pay period of March 2027: the lines of the week, AEM hours and 5 meals of 18.19 = 90.95.
     */
    @Test
    void approvedWeekIsPublishedOnceWithItsComponentsAndFeedsThePayPeriod() throws Exception {
        UUID production = CrewFixtures.production(bootstrap, "Semaine de 52 heures");
        String person = CrewFixtures.person("Le Bihan");
        // The grid minimum is 1 341.56; the production is low-budget so that 1 200.00 (30.00 an hour) is allowed.
        given().auth().oauth2(PRODUCER).contentType(ContentType.JSON).body("{\"lowBudgetAnnexe3\": true}")
                .put("/productions/{p}/payroll-regime", production).then().statusCode(200);
        String contract = CrewFixtures.signedContract(production, person, "1200.00");

        String timesheet = submit(production, contract, WEEK_OF_52_HOURS).then().statusCode(201)
                .body("status", equalTo("SUBMITTED"))
                .body("hours", equalTo("52"))
                .body("gross.amount", equalTo("2092.50"))
                .body("days[2].nightHours", equalTo("2"))
                .extract().path("id");
        String key = UUID.randomUUID().toString();
        for (int attempt = 0; attempt < 2; attempt++) {
            given().auth().oauth2(MANAGER).header("Idempotency-Key", key)
                    .post("/productions/{p}/contracts/{c}/timesheets/{t}/approval", production, contract, timesheet).then()
                    .statusCode(200).body("status", equalTo("APPROVED"));
        }
        given().auth().oauth2(MANAGER).post("/productions/{p}/contracts/{c}/timesheets/{t}/approval", production, contract, timesheet)
                .then().statusCode(409);

        List<JsonNode> approved = events(bootstrap, TimesheetEvents.APPROVED, "timesheetId", timesheet);
        assertEquals(1, approved.size(), "crew.timesheet.approved is published exactly once");
        JsonNode data = approved.get(0).path("data");
        EventSchemas.assertValid("crew.timesheet.approved", data);
        assertEquals("2092.50", data.path("gross").path("amount").asText());
        Map<String, String> components = new HashMap<>();
        data.path("components").forEach(c -> components.put(c.path("code").asText(), c.path("amount").path("amount").asText()));
        assertEquals(Map.of("BASE", "1560.00", "HS25", "60.00", "HS50", "75.00", "HS75", "90.00", "JLONG", "37.50",
                "NUIT50", "15.00", "DIM", "255.00"), components);

        given().auth().oauth2(PAYROLL).get("/productions/{p}/payroll-periods/2027-03/inputs", production).then().statusCode(200)
                .body("status", equalTo("OPEN"))
                .body("lines.itemCode", hasItem("HS75"))
                .body("lines.find { it.itemCode == 'IND_MEAL' }.amount.amount", equalTo("90.95"))
                .body("lines.find { it.itemCode == 'AEM_HEURES' }.quantity", equalTo("52"))
                .body("total.amount", equalTo("2183.45"));
        Response csv = given().auth().oauth2(PAYROLL).get("/productions/{p}/payroll-periods/2027-03/inputs.csv", production);
        csv.then().statusCode(200).contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("payroll-inputs-2027-03.csv"));
        // through CsvExport: the byte-order mark first, French dates and decimal commas by default
        assertTrue(csv.asString().startsWith("\uFEFFmatricule;"), csv.asString());
        assertTrue(csv.asString().contains(";01/03/2027;HS75;4;90,00;N;"), csv.asString());

        given().auth().oauth2(PAYROLL).post("/productions/{p}/payroll-periods/2027-03/closing", production).then().statusCode(200)
                .body("status", equalTo("CLOSED"));
        given().auth().oauth2(PAYROLL).post("/productions/{p}/payroll-periods/2027-03/closing", production).then().statusCode(409);
        given().auth().oauth2(PAYROLL).contentType(ContentType.JSON).body("""
                {"contractId": "%s", "itemCode": "HS25", "quantity": "1", "amount": {"amount": "7.50", "currency": "EUR"},
                 "reason": "Hour forgotten on 4 March"}""".formatted(contract))
                .post("/productions/{p}/payroll-periods/2027-03/adjustments", production).then().statusCode(201)
                .body("adjustment", equalTo(true));
        given().auth().oauth2(AUDITOR).get("/productions/{p}/payroll-periods/2027-03/inputs", production).then().statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("total.amount", equalTo("2190.95"));

        given().auth().oauth2(PAYROLL).queryParam("until", "2027-12-31").get("/people/{id}/intermittent-hours", person).then()
                .statusCode(200)
                .body("totalHours", equalTo("52"))
                .body("thresholdReached", equalTo(false));
    }

    /**
     * The capped 6-day week of SixthDay3097Test on a Paris-region contract at 30.00 an hour: the service derives the
     * 0.5 h cut into Saturday's rest from Friday's end (19:30) and Saturday's start (06:00), 10.5 h apart.
     * BASE 1 515.00 + HS25 37.50 + JLONG 15.00 + REPOS 15.00 + J6 285.00 = 1 867.50.
     */
    @Test
    void sixthDayAndRestEncroachmentAreDerivedFromTheRecordedTimes() {
        UUID production = CrewFixtures.production(bootstrap, "Semaine de six jours");
        String person = CrewFixtures.person("Kerhervé");
        given().auth().oauth2(PRODUCER).contentType(ContentType.JSON).body("{\"lowBudgetAnnexe3\": true}")
                .put("/productions/{p}/payroll-regime", production).then().statusCode(200);
        String contract = CrewFixtures.signedContract(production, person, "1200.00");

        submit(production, contract, """
                {"weekStart": "2027-03-15", "days": [
                  {"date": "2027-03-15", "start": "2027-03-15T08:00:00", "end": "2027-03-15T17:00:00", "mealBreakMinutes": 60},
                  {"date": "2027-03-16", "start": "2027-03-16T08:00:00", "end": "2027-03-16T17:00:00", "mealBreakMinutes": 60},
                  {"date": "2027-03-17", "start": "2027-03-17T08:00:00", "end": "2027-03-17T17:00:00", "mealBreakMinutes": 60},
                  {"date": "2027-03-18", "start": "2027-03-18T08:00:00", "end": "2027-03-18T17:00:00", "mealBreakMinutes": 60},
                  {"date": "2027-03-19", "start": "2027-03-19T10:30:00", "end": "2027-03-19T19:30:00", "mealBreakMinutes": 60},
                  {"date": "2027-03-20", "start": "2027-03-20T06:00:00", "end": "2027-03-20T17:30:00", "mealBreakMinutes": 60}]}""")
                .then().statusCode(201)
                .body("hours", equalTo("50.5"))
                .body("lines.find { it.code == 'REPOS' }.item", equalTo("REST_ENCROACHMENT"))
                .body("lines.find { it.code == 'REPOS' }.quantity", equalTo("0.5"))
                .body("lines.find { it.code == 'REPOS' }.amount.amount", equalTo("15.00"))
                .body("lines.find { it.code == 'J6' }.item", equalTo("SIXTH_DAY"))
                .body("lines.find { it.code == 'J6' }.quantity", equalTo("9.5"))
                .body("lines.find { it.code == 'J6' }.amount.amount", equalTo("285.00"))
                .body("lines.find { it.code == 'JLONG' }.amount.amount", equalTo("15.00"))
                .body("lines.find { it.code == 'HS25' }.amount.amount", equalTo("37.50"))
                .body("lines.code", not(hasItem("HS50")))
                .body("gross.amount", equalTo("1867.50"));
    }

    /**
     * CCN 3097 Titre II art. 25: a week of 5 × 6 h = 30 h on a weekly engagement at 1 200.00 for 39 h (30.00 an hour) is
     * paid the guaranteed 39 h: BASE 30 × 30.00 = 900.00 + GARANTIE hours 31-35 at 30.00 (150.00) and 36-39 at +25 %
     * (150.00) = 300.00. The approved week publishes 1 200.00, the cost budget-service books, not the 900.00 worked.
     */
    @Test
    void aShortWeekIsPaidAndPublishedAtTheGuaranteedThirtyNineHours() {
        UUID production = CrewFixtures.production(bootstrap, "Semaine courte");
        String person = CrewFixtures.person("Guéguen");
        given().auth().oauth2(PRODUCER).contentType(ContentType.JSON).body("{\"lowBudgetAnnexe3\": true}")
                .put("/productions/{p}/payroll-regime", production).then().statusCode(200);
        String contract = CrewFixtures.signedContract(production, person, "1200.00");
        StringBuilder days = new StringBuilder();
        for (int d = 1; d <= 5; d++) {
            days.append(d == 1 ? "" : ",").append("""
                    {"date": "2027-03-0%1$d", "start": "2027-03-0%1$dT08:00:00", "end": "2027-03-0%1$dT15:00:00",
                     "mealBreakMinutes": 60}""".formatted(d));
        }
        String timesheet = submit(production, contract, "{\"weekStart\": \"2027-03-01\", \"days\": [" + days + "]}").then()
                .statusCode(201)
                .body("hours", equalTo("30"))
                .body("lines.find { it.code == 'BASE' }.amount.amount", equalTo("900.00"))
                .body("lines.find { it.code == 'GARANTIE' }.item", equalTo("GUARANTEED_HOURS"))
                .body("lines.find { it.code == 'GARANTIE' }.quantity", equalTo("9"))
                .body("lines.find { it.code == 'GARANTIE' }.amount.amount", equalTo("300.00"))
                .body("gross.amount", equalTo("1200.00"))
                .extract().path("id");
        given().auth().oauth2(MANAGER).post("/productions/{p}/contracts/{c}/timesheets/{t}/approval", production, contract, timesheet)
                .then().statusCode(200);
        List<JsonNode> approved = events(bootstrap, TimesheetEvents.APPROVED, "timesheetId", timesheet);
        assertEquals(1, approved.size());
        JsonNode data = approved.get(0).path("data");
        EventSchemas.assertValid("crew.timesheet.approved", data);
        assertEquals("1200.00", data.path("gross").path("amount").asText());
        assertEquals("30", data.path("hours").asText(), "the hours reported are the hours worked");
        given().auth().oauth2(PAYROLL).get("/productions/{p}/payroll-periods/2027-03/inputs", production).then().statusCode(200)
                .body("lines.find { it.itemCode == 'GARANTIE' }.quantity", equalTo("9"))
                .body("lines.find { it.itemCode == 'AEM_HEURES' }.quantity", equalTo("30"));
    }

    /** The guarantees are dated reference data: a new one closes the previous; a 2642 day guarantee of 0 h is refused. */
    @Test
    void payGuaranteesAreDatedAndEditable() {
        given().auth().oauth2(AUDITOR).queryParam("size", 50).get("/reference/pay-guarantees").then().statusCode(200)
                .body("items.find { it.agreement == 'IDCC_3097' && it.engagement == 'WEEKLY' }.weeklyHours", equalTo("39"))
                .body("items.find { it.agreement == 'IDCC_3097' && it.engagement == 'WEEKLY' }.sixDayWeekHours", equalTo("47"))
                .body("items.find { it.agreement == 'IDCC_3097' && it.engagement == 'DAILY' }.dailyHours", equalTo("7"));
        String later = """
                {"agreement": "IDCC_2642", "engagement": "DAILY", "dailyHours": "%s", "contractWeeklyHours": false,
                 "validFrom": "%s", "source": "test"}""";
        given().auth().oauth2(PAYROLL).contentType(ContentType.JSON).body(later.formatted("0", "2090-01-01"))
                .post("/reference/pay-guarantees").then().statusCode(400).body("errors[0].field", equalTo("dailyHours"));
        given().auth().oauth2(PAYROLL).contentType(ContentType.JSON).body("""
                {"agreement": "IDCC_2642", "engagement": "DAILY", "weeklyHours": "35", "contractWeeklyHours": false,
                 "validFrom": "2090-01-01", "source": "test"}""")
                .post("/reference/pay-guarantees").then().statusCode(400).body("errors[0].field", equalTo("weeklyHours"));
        given().auth().oauth2(PAYROLL).contentType(ContentType.JSON).body(later.formatted("7.5", "2090-01-01"))
                .post("/reference/pay-guarantees").then().statusCode(201).body("dailyHours", equalTo("7.5"))
                .header("Location", containsString("/reference/pay-guarantees/"));
        given().auth().oauth2(PAYROLL).contentType(ContentType.JSON).body(later.formatted("7", "2089-06-01"))
                .post("/reference/pay-guarantees").then().statusCode(409);
        given().auth().oauth2(AUDITOR).queryParam("size", 50).get("/reference/pay-guarantees").then().statusCode(200)
                .body("items.findAll { it.agreement == 'IDCC_2642' && it.engagement == 'DAILY' }.validTo",
                        hasItem("2089-12-31"));
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body(later.formatted("7", "2091-01-01"))
                .post("/reference/pay-guarantees").then().statusCode(403);
    }

    @Test
    void endBeforeStartOverlapsAndCancelledContractsAreRefusedAndNothingIsStored() {
        UUID production = CrewFixtures.production(bootstrap, "Refus");
        String person = CrewFixtures.person("Riou");
        String contract = CrewFixtures.signedContract(production, person, "1400.00");
        long days = count(dataSource, "select count(*) from timesheet_day");

        submit(production, contract, """
                {"weekStart": "2027-03-03", "days": [
                  {"date": "2027-03-03", "start": "2027-03-03T19:00:00", "end": "2027-03-03T08:00:00"}]}""")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("days[0].end"));
        submit(production, contract, """
                {"weekStart": "2027-03-03", "days": [
                  {"date": "2027-03-03", "start": "2027-03-03T14:00:00", "end": "2027-03-04T02:00:00"},
                  {"date": "2027-03-04", "start": "2027-03-04T01:00:00", "end": "2027-03-04T09:00:00"}]}""")
                .then().statusCode(400).body("errors[0].field", equalTo("days[1].start"));
        assertEquals(days, count(dataSource, "select count(*) from timesheet_day"));

        submit(production, contract, """
                {"weekStart": "2027-03-03", "days": [
                  {"date": "2027-03-08", "start": "2027-03-08T08:00:00", "end": "2027-03-08T17:00:00", "mealBreakMinutes": 60}]}""")
                .then().statusCode(201);
        long stored = count(dataSource, "select count(*) from timesheet_day");
        // The following week starts on Monday 8 March 2027 and overlaps the day already recorded.
        submit(production, contract, """
                {"weekStart": "2027-03-08", "days": [
                  {"date": "2027-03-08", "start": "2027-03-08T16:00:00", "end": "2027-03-08T20:00:00"}]}""")
                .then().statusCode(409).contentType("application/problem+json");

        given().auth().oauth2(PRODUCER).contentType(ContentType.JSON).body("{\"reason\": \"Replaced\"}")
                .post("/productions/{p}/contracts/{c}/cancellation", production, contract).then().statusCode(200);
        submit(production, contract, """
                {"weekStart": "2027-03-10", "days": [
                  {"date": "2027-03-10", "start": "2027-03-10T08:00:00", "end": "2027-03-10T17:00:00"}]}""")
                .then().statusCode(422).body("type", equalTo("urn:bobine:problem:contract-cancelled"));
        assertEquals(stored, count(dataSource, "select count(*) from timesheet_day"));
        assertEquals(1, count(dataSource, "select count(*) from timesheet where contract_id = cast(? as uuid)", contract));
    }
}
