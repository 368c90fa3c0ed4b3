package fr.bobine.crew.callsheet;

import static fr.bobine.crew.CrewFixtures.AUDITOR;
import static fr.bobine.crew.CrewFixtures.MANAGER;
import static fr.bobine.crew.CrewFixtures.count;
import static fr.bobine.crew.CrewFixtures.events;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import fr.bobine.crew.schedule.ShootingWeek;
import fr.bobine.testing.EventSchemas;
import fr.bobine.testing.PdfText;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
class CallSheetResourceTest {

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    static final String DAY_3 = """
            {"date": "2027-03-10",
             "transport": [{"departure": "14:15", "from": "Hôtel de la Baie", "to": "Falaise de Kéréon",
                            "vehicle": "Minibus 9 places", "passengers": "Image et électricité"}],
             "meals": [{"kind": "DINNER", "time": "20:30", "place": "Cantine sous barnum, parking du phare", "caterer": "Traiteur du Stiff"}],
             "callOverrides": %s,
             "notes": "Marée haute à 19:42 : pas de plan en bas de falaise après 18:30"}""";

    static Response create(ShootingWeek week, String json) {
        return given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body(json)
                .post("/productions/{p}/call-sheets", week.production);
    }

    static Response send(ShootingWeek week, String sheet, String etag) {
        return given().auth().oauth2(MANAGER).header("If-Match", etag)
                .post("/productions/{p}/call-sheets/{c}/sending", week.production, sheet);
    }

    /**
     * Day 3 of the worked example, the night exterior at the cliff: unit call 15:00, wrap 02:00 the next morning; the actress
     * and the director of photography called at 15:00, the chief lighting technician at 14:00 (his department an hour
     * before the unit); his 10-hour rest after this day is printed as a warning.
     */
    @Test
    void theCallSheetOfDayThreeIsGeneratedPrintedSentAndALateChangeSaysWhoMustBeTold() {
        ShootingWeek week = ShootingWeek.published(bootstrap, "La Nuit du Phare — feuille de service");

        Response created = create(week, DAY_3.formatted("[]"));
        created.then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/call-sheets/" + created.path("id")))
                .body("status", equalTo("DRAFT"))
                .body("number", equalTo(1))
                .body("dayNumber", equalTo(3))
                .body("shootingDays", equalTo(5))
                .body("unitCall", equalTo("15:00:00"))
                .body("wrapsNextDay", equalTo(true))
                .body("locations.name", contains("Falaise de Kéréon"))
                .body("locations[0].nearestHospital", equalTo("CHU de Brest, hôpital de la Cavale Blanche"))
                .body("scenes.number", contains("5", "6"))
                .body("scenes[0].specialNeeds", contains("Machine à vent", "Cascadeur"))
                .body("cast.name", contains("Soizic Caradec"))
                .body("cast[0].characters", contains("Anna, la gardienne"))
                .body("cast[0].scenes", contains("5", "6"))
                .body("cast[0].call", equalTo("2027-03-10T15:00:00"))
                .body("crew.department", contains("CAMERA", "LIGHTING"))
                .body("crew[1].name", equalTo("Gwenaël Le Bihan"))
                .body("crew[1].position", equalTo("Chef électricien"))
                .body("crew[1].call", equalTo("2027-03-10T14:00:00"))
                .body("crew[1].wrap", equalTo("2027-03-11T02:00:00"))
                .body("emergencyContacts[0].name", equalTo("Yannick Le Goff"))
                .body("restFindings", hasSize(1))
                .body("restFindings[0].verdict", equalTo("WARNING"))
                .body("restFindings[0].previousWrap", equalTo("2027-03-11T02:00:00"))
                .body("change", nullValue());
        String first = created.path("id");
        String etag = created.header("ETag");
        create(week, DAY_3.formatted("[]")).then().statusCode(409);

        String text = PdfText.of(given().auth().oauth2(AUDITOR).get("/productions/{p}/call-sheets/{c}/call-sheet.pdf",
                week.production, first), "call-sheet-2027-03-10-v1");
        PdfText.assertContains(text, "Feuille de service - La Nuit du Phare", "Jour 3 / 5 - mercredi 10 mars 2027", "Appel général : 15:00",
                "02:00 (le lendemain)", "Falaise de Kéréon", "Chemin des douaniers, 29242", "Ouessant", "CHU de Brest", "Convocation",
                "Soizic Caradec", "Anna, la gardienne", "Gwenaël Le Bihan", "Chef électricien", "14:00", "02:00 (+1)",
                "Électricité", "Minibus 9 places", "Dîner", "Yannick Le Goff", "SAMU", "Machine à vent");

        send(week, first, "\"99\"").then().statusCode(412);
        String sentTag = send(week, first, etag).then().statusCode(200).body("status", equalTo("SENT"))
                .body("sentBy", equalTo("test@bobine.local")).extract().header("ETag");
        // the old ETag is stale once sent; with the current one, a sent call sheet is not sent again
        send(week, first, etag).then().statusCode(412);
        send(week, first, sentTag).then().statusCode(409);
        List<JsonNode> sent = events(bootstrap, CallSheetEvents.SENT, "callSheetId", first);
        assertEquals(1, sent.size());
        EventSchemas.assertValid(CallSheetEvents.SENT, sent.get(0).path("data"));
        assertEquals(3, sent.get(0).path("data").path("recipients").size());
        assertEquals(0, sent.get(0).path("data").path("toNotify").size());

        // Late change: the actress is called at 16:00 (make-up at the hotel); version 2 says she must be told
        Response late = create(week, DAY_3.formatted("""
                [{"personId": "%s", "call": "2027-03-10T16:00:00", "reason": "Maquillage à l'hôtel"}]""".formatted(week.actress)));
        late.then().statusCode(201)
                .body("number", equalTo(2))
                .body("cast[0].call", equalTo("2027-03-10T16:00:00"))
                .body("cast[0].note", equalTo("Maquillage à l'hôtel"))
                .body("change.supersedes", equalTo(first))
                .body("change.supersededNumber", equalTo(1))
                .body("change.toNotify", hasSize(1))
                .body("change.toNotify[0].name", equalTo("Soizic Caradec"))
                .body("change.toNotify[0].reasons", contains("CALL_CHANGED"));
        String second = late.path("id");
        PdfText.assertContains(PdfText.of(given().auth().oauth2(AUDITOR).get("/productions/{p}/call-sheets/{c}/call-sheet.pdf",
                week.production, second), "call-sheet-2027-03-10-v2"), "Modifications depuis la version 1",
                "heure de convocation changée");
        String secondSent = send(week, second, late.header("ETag")).then().statusCode(200).extract().header("ETag");
        JsonNode notice = events(bootstrap, CallSheetEvents.SENT, "callSheetId", second).get(0).path("data");
        EventSchemas.assertValid(CallSheetEvents.SENT, notice);
        assertEquals(first, notice.path("supersedes").asText());
        assertEquals(week.actress, notice.path("toNotify").get(0).path("personId").asText());
        assertEquals("CALL_CHANGED", notice.path("toNotify").get(0).path("reasons").get(0).asText());

        given().auth().oauth2(AUDITOR).queryParam("date", "2027-03-10").get("/productions/{p}/call-sheets", week.production)
                .then().statusCode(200).body("items.number", contains(1, 2)).body("items.status", contains("SENT", "SENT"))
                .body("items[1].supersedes", equalTo(first)).body("items[0].called", equalTo(3));
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).header("If-Match", secondSent)
                .body(DAY_3.formatted("[]")).put("/productions/{p}/call-sheets/{c}", week.production, second).then().statusCode(409);
    }

    @Test
    void anIndividualCallBeforeTheEndOfTheRestADayWithoutShootingAndAnUnpublishedScheduleAreRefused() {
        ShootingWeek week = ShootingWeek.published(bootstrap, "La Nuit du Phare — refus de convocation");
        // Thursday: the chief lighting technician called at 10:00 after Wednesday's 02:00 wrap rests 8 h, under 9 h
        create(week, """
                {"date": "2027-03-11", "callOverrides": [{"personId": "%s", "call": "2027-03-11T10:00:00", "reason": null}]}"""
                .formatted(week.electrician)).then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:bobine:problem:daily-rest-refused"));
        assertEquals(0, count(dataSource, "select count(*) from call_sheet where production_id = ?", week.production));

        create(week, "{\"date\": \"2027-03-13\"}").then().statusCode(422).body("type", equalTo("urn:bobine:problem:no-shooting-day"));
        create(week, """
                {"date": "2027-03-11", "callOverrides": [{"personId": "%s", "call": "2027-03-11T10:00:00", "reason": null}]}"""
                .formatted(java.util.UUID.randomUUID())).then().statusCode(400).body("errors[0].field", equalTo("callOverrides[0].personId"));

        ShootingWeek unpublished = ShootingWeek.drafted(bootstrap, "La Nuit du Phare — non publié");
        create(unpublished, "{\"date\": \"2027-03-10\"}").then().statusCode(422)
                .body("type", equalTo("urn:bobine:problem:no-published-schedule"));
    }
}
