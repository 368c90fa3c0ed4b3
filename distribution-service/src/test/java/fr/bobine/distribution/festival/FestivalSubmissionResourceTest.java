package fr.bobine.distribution.festival;

import static fr.bobine.distribution.Fixtures.AUDITOR;
import static fr.bobine.distribution.Fixtures.MANAGER;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import fr.bobine.distribution.Fixtures;
import fr.bobine.testing.EventSchemas;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Festival catalogue, submissions and their premiere eligibility against the screening log. */
@QuarkusTest
class FestivalSubmissionResourceTest {

    @Inject
    DataSource ds;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    static String festival(String name, String country, boolean international, String starts, String rule, String... tiers) {
        StringBuilder deadlines = new StringBuilder();
        for (int i = 0; i < tiers.length; i += 3) {
            deadlines.append(i == 0 ? "" : ",").append("""
                    {"name": "%s", "deadline": "%s", "fee": {"amount": "%s", "currency": "EUR"}}""".formatted(tiers[i], tiers[i + 1], tiers[i + 2]));
        }
        return """
                {"name": "%s", "year": 2027, "country": "%s", "city": null, "startsOn": "%s", "endsOn": "%s",
                 "notificationOn": null, "platform": "FILMFREEWAY", "international": %s,
                 "sections": [{"code": "COMPETITION", "name": "Compétition", "premiereRequirement": "WORLD", "premiereRuleCode": %s}],
                 "deadlines": [%s]}""".formatted(name, country, starts, starts, international,
                rule == null ? "null" : "\"" + rule + "\"", deadlines);
    }

    static String createFestival(String json) {
        return given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body(json).post("/festivals").then()
                .statusCode(201).extract().path("id");
    }

    static Response submit(UUID production, String festivalId, String tier, String on) {
        return given().auth().oauth2(MANAGER).contentType(ContentType.JSON)
                .body("""
                        {"festivalId": "%s", "sectionCode": "COMPETITION", "tier": "%s", "submittedOn": "%s",
                         "trackingId": "FF-%s", "screenerUrl": "https://vimeo.com/123"}""".formatted(festivalId, tier, on,
                        UUID.randomUUID().toString().substring(0, 6)))
                .post("/productions/{id}/submissions", production);
    }

    @Test
    void submissionAfterTheLastDeadlineIs422AndNothingIsStored() {
        UUID production = Fixtures.releasedProduction(ds, "Tardif", "FR", null);
        String fest = createFestival(festival("Festival Tardif " + UUID.randomUUID(), "FR", false, "2027-06-10", null,
                "EARLYBIRD", "2027-02-01", "20.00", "REGULAR", "2027-03-01", "30.00"));
        long before = Fixtures.count(ds, "select count(*) from festival_submission");
        submit(production, fest, "REGULAR", "2027-03-02").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:bobine:problem:festival-deadline-passed"))
                .body("detail", containsString("2027-03-01"));
        submit(production, fest, "EARLYBIRD", "2027-02-10").then().statusCode(422)
                .body("type", equalTo("urn:bobine:problem:festival-tier-closed"))
                .body("detail", containsString("REGULAR"));
        submit(production, fest, "LATE", "2027-02-10").then().statusCode(400).body("errors[0].field", equalTo("tier"));
        assertEquals(before, Fixtures.count(ds, "select count(*) from festival_submission"));
        submit(production, fest, "REGULAR", "2027-02-10").then().statusCode(201)
                .body("fee.amount", equalTo("30.00"))
                .body("submissionStatus", equalTo("IN_CONSIDERATION"))
                .body("judgingStatus", equalTo("UNDECIDED"))
                .body("platform", equalTo("FILMFREEWAY"));
        submit(production, fest, "REGULAR", "2027-02-11").then().statusCode(409);
    }

    @Test
    void upcomingDeadlinesAreListedWithinNDays() {
        String name = "Festival des Deadlines " + UUID.randomUUID();
        createFestival(festival(name, "FR", false, "2027-09-01", null, "EARLYBIRD", "2027-04-10", "15.00", "LATE",
                "2027-06-30", "35.00"));
        given().auth().oauth2(AUDITOR).queryParam("from", "2027-04-01").queryParam("withinDays", 30).get("/festivals/deadlines")
                .then().statusCode(200)
                .body("items.findAll { it.festival == '" + name + "' }.tier", equalTo(List.of("EARLYBIRD")))
                .body("items.find { it.festival == '" + name + "' }.daysLeft", equalTo(9));
        given().auth().oauth2(AUDITOR).queryParam("withinDays", 0).get("/festivals/deadlines").then().statusCode(400);
    }

    @Test
    void aScreeningPreviewNamesThePendingSubmissionItWouldBreakThenTheLogDerivesThePremieres() {
        UUID production = Fixtures.releasedProduction(ds, "La Nuit du Phare", "FR", null);
        String venice = createFestival(festival("Venezia Test " + UUID.randomUUID(), "IT", true, "2027-08-25", "VENICE",
                "REGULAR", "2027-05-15", "0.00"));
        String berlin = createFestival(festival("Berlinale Test " + UUID.randomUUID(), "DE", true, "2027-02-11",
                "BERLINALE_COMPETITION", "REGULAR", "2026-11-01", "125.00"));
        String veniceSubmission = submit(production, venice, "REGULAR", "2027-04-01").then().statusCode(201)
                .body("eligibility.eligible", equalTo(true)).extract().path("id");
        submit(production, berlin, "REGULAR", "2026-10-20").then().statusCode(201);
        String cannes = createFestival(festival("Cannes Test " + UUID.randomUUID(), "FR", true, "2027-05-12", "CANNES",
                "REGULAR", "2027-03-01", "0.00"));
        String cannesSubmission = submit(production, cannes, "REGULAR", "2027-02-01").then().statusCode(201)
                .extract().path("id");

        String national = """
                {"screenedOn": "2027-01-20", "country": "FR", "kind": "FESTIVAL_NATIONAL", "isPublic": true,
                 "event": "Festival Premiers Plans d'Angers"}""";
        long screenings = Fixtures.count(ds, "select count(*) from screening where production_id = ?", production);
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body(national)
                .post("/productions/{id}/screenings/preview", production).then().statusCode(200)
                .body("madeIneligible", hasSize(1))
                .body("madeIneligible[0].submissionId", equalTo(veniceSubmission))
                .body("madeIneligible[0].ruleCode", equalTo("VENICE"))
                .body("madeIneligible[0].reasons[0]", containsString("world premieres"));
        assertEquals(screenings, Fixtures.count(ds, "select count(*) from screening where production_id = ?", production),
                "a preview stores nothing");

        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body(national)
                .post("/productions/{id}/screenings", production).then().statusCode(201)
                .body("screening.country", equalTo("FR"))
                .body("madeIneligible.submissionId", equalTo(List.of(veniceSubmission)));

        given().auth().oauth2(AUDITOR).get("/productions/{id}/submissions", production).then().statusCode(200)
                .body("items.find { it.festivalId == '" + venice + "' }.eligibility.eligible", equalTo(false))
                .body("items.find { it.festivalId == '" + berlin + "' }.eligibility.eligible", equalTo(true));
        given().auth().oauth2(AUDITOR).queryParam("country", "DE").get("/productions/{id}/premiere-status", production).then()
                .statusCode(200)
                .body("worldPremiereAvailable", equalTo(false))
                .body("internationalPremiereAvailable", equalTo(true))
                .body("europeanPremiereAvailable", equalTo(true))
                .body("national.find { it.country == 'FR' }.available", equalTo(false))
                .body("national.find { it.country == 'DE' }.available", equalTo(true))
                .body("firstPublicScreening.event", equalTo("Festival Premiers Plans d'Angers"));

        // A selection in Berlin (international, in Germany, before Cannes opens) would break the Cannes submission;
        // Venice is already lost and Berlin's own screening does not count against Berlin.
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON)
                .body("{\"festivalId\": \"" + berlin + "\", \"sectionCode\": \"COMPETITION\"}")
                .post("/productions/{id}/submissions/preview", production).then().statusCode(200)
                .body("madeIneligible.submissionId", equalTo(List.of(cannesSubmission)))
                .body("madeIneligible[0].reasons", hasItem(containsString("no earlier international festival")));
    }

    @Test
    void festivalsAreFoundWhateverTheCaseAndAccentsAndSortByADocumentedField() {
        // a name of this run's own keeps the list to this test's festivals
        String tag = "zf" + Long.toString(System.nanoTime(), 36);
        String premiers = createFestival(festival("Premiers Plans " + tag, "FR", false, "2027-01-20", null,
                "Standard", "2026-10-01", "0.00"));
        String regards = createFestival(festival("Regards Croisés " + tag, "FR", false, "2027-01-10", null,
                "Standard", "2026-10-01", "0.00"));
        // "CROISES" finds "Regards Croisés"; in date order without sort
        given().auth().oauth2(MANAGER).queryParam("q", "CROISES " + tag.toUpperCase()).get("/festivals").then().statusCode(200)
                .body("items.id", equalTo(java.util.List.of(regards)));
        given().auth().oauth2(MANAGER).queryParam("q", tag).get("/festivals").then().statusCode(200)
                .body("items.id", equalTo(java.util.List.of(regards, premiers)));
        given().auth().oauth2(MANAGER).queryParam("q", tag).queryParam("sort", "name").get("/festivals").then().statusCode(200)
                .body("items.id", equalTo(java.util.List.of(premiers, regards)));
        given().auth().oauth2(MANAGER).queryParam("q", tag).queryParam("sort", "-startsOn").get("/festivals").then()
                .statusCode(200).body("items.id", equalTo(java.util.List.of(premiers, regards)));
        given().auth().oauth2(MANAGER).queryParam("sort", "fee").get("/festivals").then().statusCode(400)
                .body("errors[0].field", equalTo("sort"));
    }

    @Test
    void unknownCountryIs400AndNothingIsStored() {
        UUID production = Fixtures.releasedProduction(ds, "Nulle Part", "FR", null);
        long before = Fixtures.count(ds, "select count(*) from screening");
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON)
                .body("{\"screenedOn\": \"2027-01-20\", \"country\": \"XZ\", \"kind\": \"THEATRICAL\", \"isPublic\": true}")
                .post("/productions/{id}/screenings", production).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("country"))
                .body("errors.reason", hasItem(containsString("ISO 3166-1")));
        given().auth().oauth2(MANAGER).queryParam("country", "ZZ").get("/productions/{id}/premiere-status", production).then()
                .statusCode(400).body("errors[0].field", equalTo("country"));
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body("{\"originCountry\": \"FRA\"}")
                .put("/productions/{id}/release-profile", Fixtures.production(ds, "Origine")).then().statusCode(400)
                .body("errors[0].field", equalTo("originCountry"));
        assertEquals(before, Fixtures.count(ds, "select count(*) from screening"));
    }

    @Test
    void theScreeningLogIsAppendOnlyAndNeedsTheCountryOfOrigin() throws Exception {
        UUID noProfile = Fixtures.production(ds, "Sans Origine");
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON)
                .body("{\"screenedOn\": \"2027-01-20\", \"country\": \"FR\", \"kind\": \"THEATRICAL\", \"isPublic\": true}")
                .post("/productions/{id}/screenings", noProfile).then().statusCode(422)
                .body("type", equalTo("urn:bobine:problem:release-profile-missing"));
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON)
                .body("{\"screenedOn\": \"2027-01-20\", \"country\": \"FR\", \"kind\": \"THEATRICAL\", \"isPublic\": true}")
                .post("/productions/{id}/screenings", UUID.randomUUID()).then().statusCode(404);
        UUID production = Fixtures.releasedProduction(ds, "Journal", "FR", null);
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON)
                .body("{\"screenedOn\": \"2027-01-20\", \"country\": \"FR\", \"kind\": \"MARKET\", \"isPublic\": false}")
                .post("/productions/{id}/screenings", production).then().statusCode(201);
        try (var c = ds.getConnection(); var update = c.prepareStatement("update screening set country = 'DE' where production_id = ?")) {
            update.setObject(1, production);
            org.junit.jupiter.api.Assertions.assertThrows(java.sql.SQLException.class, update::executeUpdate);
        }
        given().auth().oauth2(AUDITOR).get("/productions/{id}/screenings", production).then().statusCode(200)
                .body("items.country", equalTo(List.of("FR")));
    }

    @Test
    void payingTheFeePublishesOneCostEvenWhenRetriedWithTheSameKey() {
        UUID production = Fixtures.releasedProduction(ds, "Frais", "FR", null);
        String fest = createFestival(festival("Clermont Test " + UUID.randomUUID(), "FR", true, "2027-01-29", null,
                "REGULAR", "2026-10-15", "45.00"));
        Response created = submit(production, fest, "REGULAR", "2026-10-01");
        String id = created.then().statusCode(201).extract().path("id");
        String key = UUID.randomUUID().toString();
        for (int attempt = 0; attempt < 2; attempt++) {
            given().auth().oauth2(MANAGER).contentType(ContentType.JSON).header("Idempotency-Key", key)
                    .body("{\"paidOn\": \"2026-10-02\"}")
                    .post("/productions/{p}/submissions/{s}/fee-payment", production, id).then().statusCode(200)
                    .body("feePaidOn", equalTo("2026-10-02"));
        }
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body("{\"paidOn\": \"2026-10-03\"}")
                .post("/productions/{p}/submissions/{s}/fee-payment", production, id).then().statusCode(409);
        List<JsonNode> events = Fixtures.awaitEvents(bootstrap, production.toString(), "distribution.cost.incurred");
        assertEquals(1, events.size());
        JsonNode data = events.get(0).path("data");
        EventSchemas.assertValid("distribution.cost.incurred", data);
        assertEquals("45.00", data.path("amount").path("amount").asText());
        assertEquals("FESTIVAL_FEE", data.path("category").asText());
        assertEquals(id, data.path("submissionId").asText());
        assertEquals(1, Fixtures.count(ds, "select count(*) from outbox_event where event_key = ? and event_type = ?",
                production.toString(), "distribution.cost.incurred"));
    }

    @Test
    void submissionAndJudgingStatusesChangeSeparatelyWithTheEtag() {
        UUID production = Fixtures.releasedProduction(ds, "Statuts", "FR", null);
        String fest = createFestival(festival("Festival Statuts " + UUID.randomUUID(), "FR", false, "2027-06-10", null,
                "REGULAR", "2027-03-01", "30.00"));
        String id = submit(production, fest, "REGULAR", "2027-02-01").then().statusCode(201).header("ETag", "\"0\"")
                .extract().path("id");
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body("{\"judgingStatus\": \"SELECTED\"}")
                .patch("/productions/{p}/submissions/{s}", production, id).then().statusCode(428);
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"judgingStatus\": \"SELECTED\", \"notifiedOn\": \"2027-04-15\"}")
                .patch("/productions/{p}/submissions/{s}", production, id).then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("judgingStatus", equalTo("SELECTED"))
                .body("submissionStatus", equalTo("IN_CONSIDERATION"));
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"submissionStatus\": \"WITHDRAWN\"}")
                .patch("/productions/{p}/submissions/{s}", production, id).then().statusCode(412);
        given().auth().oauth2(AUDITOR).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body("{\"submissionStatus\": \"WITHDRAWN\"}")
                .patch("/productions/{p}/submissions/{s}", production, id).then().statusCode(403);
        given().auth().oauth2(AUDITOR).get("/productions/{p}/submissions/{s}", production, id).then().statusCode(200)
                .body("judgingStatus", not(equalTo("UNDECIDED")));
    }
}
