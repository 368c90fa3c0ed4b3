package fr.bobine.budget.production;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import fr.bobine.testing.AtOnce;
import fr.bobine.testing.BobineStack;
import fr.bobine.testing.TestEvents;
import fr.bobine.testing.TestTokens;
import fr.bobine.testing.EventSchemas;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
class ProductionResourceTest {

    static final String PRODUCER = TestTokens.forRoles("producer");
    static final String AUDITOR = TestTokens.forRoles("auditor");

    @Inject
    DataSource dataSource;

    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    static String body(String title, String siret, String kind, String budget) {
        return """
                {"title": %s, "originalTitle": "The Lighthouse Night", "kind": %s, "genre": "drama",
                 "originalLanguages": ["fr"], "format": {"runtimeMinutes": 105},
                 "delegatedProducer": {"name": "Les Films du Quai", "siret": "%s"},
                 "plannedShootingStart": "2027-03-01", "plannedShootingEnd": "2027-04-23",
                 "estimatedBudget": %s}
                """.formatted(title == null ? "null" : "\"" + title + "\"", kind == null ? "null" : "\"" + kind + "\"", siret,
                budget);
    }

    static String valid(String title) {
        return body(title, "73282932000074", "FEATURE_FILM", "{\"amount\": \"3450000.00\", \"currency\": \"EUR\"}");
    }

    static Response create(String json) {
        return given().auth().oauth2(PRODUCER).contentType(ContentType.JSON).body(json).post("/productions");
    }

    @Test
    void createdProductionIsReadBackWithItsEtagAndPublished() {
        Response created = create(valid("La Nuit du Phare"));
        created.then().statusCode(201)
                .header("Location", containsString("/productions/"))
                .header("ETag", "\"0\"")
                .body("title", equalTo("La Nuit du Phare"))
                .body("kind", equalTo("FEATURE_FILM"))
                .body("status", equalTo("DEVELOPMENT"))
                .body("estimatedBudget.amount", equalTo("3450000.00"))
                .body("estimatedBudget.currency", equalTo("EUR"))
                .body("delegatedProducer.siret", equalTo("73282932000074"));
        String id = created.path("id");

        given().auth().oauth2(AUDITOR).get("/productions/{id}", id).then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("id", equalTo(id))
                .body("format.runtimeMinutes", equalTo(105))
                .body("plannedShootingEnd", equalTo("2027-04-23"));

        JsonNode event = awaitEvent(id, ProductionEvent.CREATED);
        assertEquals("1.0", event.path("specversion").asText());
        assertEquals("/budget-service", event.path("source").asText());
        assertEquals("La Nuit du Phare", event.path("data").path("title").asText());
        assertEquals(0, event.path("data").path("version").asInt());
    }

    @Test
    void eventDataFollowsItsPublishedSchema() throws Exception {
        String id = create(valid("Contrat")).then().statusCode(201).extract().path("id");
        JsonNode data = awaitEvent(id, ProductionEvent.CREATED).path("data");
        EventSchemas.assertValid(ProductionEvent.CREATED, data);
    }

    @Test
    void invalidSiretIsRefusedNamingTheFieldAndNothingIsStoredOrPublished() throws SQLException {
        long productions = count("production");
        long events = count("outbox_event");
        create(body("Sans Siret", "73282932000075", "FEATURE_FILM", "null")).then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItem("delegatedProducer.siret"));
        assertEquals(productions, count("production"));
        assertEquals(events, count("outbox_event"));
    }

    @Test
    void missingTitleIsRefused() {
        create(body(null, "73282932000074", "FEATURE_FILM", "null")).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("title"));
    }

    @Test
    void unknownKindIsRefusedWithTheAllowedValues() {
        create(body("Film", "73282932000074", "OPERA", "null")).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("kind"))
                .body("errors[0].reason", containsString("FEATURE_FILM"));
    }

    @Test
    void amountAsJsonNumberIsRefused() throws SQLException {
        long productions = count("production");
        create(body("Film", "73282932000074", "FEATURE_FILM", "{\"amount\": 3450000.5, \"currency\": \"EUR\"}"))
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("estimatedBudget"))
                .body("errors[0].reason", containsString("decimal string"));
        assertEquals(productions, count("production"));
    }

    @Test
    void unknownCurrencyIsRefused() {
        create(body("Film", "73282932000074", "FEATURE_FILM", "{\"amount\": \"10.00\", \"currency\": \"EUX\"}"))
                .then().statusCode(400)
                .body("errors[0].field", equalTo("estimatedBudget"))
                .body("errors[0].reason", containsString("EUX"));
    }

    @Test
    void malformedJsonIsRefused() {
        create("{\"title\": \"Film\", ").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:bobine:problem:malformed-json"));
    }

    @Test
    void shootingEndBeforeStartIsRefused() {
        String json = valid("Film").replace("\"2027-04-23\"", "\"2027-02-01\"");
        create(json).then().statusCode(400).body("errors[0].field", equalTo("plannedShootingEnd"));
    }

    @Test
    void missingOrBadTokenIs401AndWrongRoleIs403() {
        given().contentType(ContentType.JSON).body(valid("Film")).post("/productions").then().statusCode(401)
                .contentType("application/problem+json");
        given().auth().oauth2("not-a-jwt").get("/productions").then().statusCode(401);
        given().auth().oauth2(TestTokens.forRoles("payroll")).contentType(ContentType.JSON).body(valid("Film"))
                .post("/productions").then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.forRoles("auditor")).contentType(ContentType.JSON).body(valid("Film"))
                .post("/productions").then().statusCode(403);
    }

    @Test
    void unknownProductionIs404() {
        given().auth().oauth2(AUDITOR).get("/productions/{id}", UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void malformedProductionIdIs400() {
        given().auth().oauth2(AUDITOR).get("/productions/not-a-uuid").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void patchNeedsTheCurrentEtag() {
        String id = create(valid("Avant")).then().statusCode(201).extract().path("id");
        given().auth().oauth2(PRODUCER).contentType(ContentType.JSON).body("{\"title\": \"Après\"}")
                .patch("/productions/{id}", id).then().statusCode(428);
        given().auth().oauth2(PRODUCER).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"title\": \"Après\", \"status\": \"PRE_PRODUCTION\"}")
                .patch("/productions/{id}", id).then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("title", equalTo("Après"))
                .body("status", equalTo("PRE_PRODUCTION"))
                .body("genre", equalTo("drama"));
        given().auth().oauth2(PRODUCER).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"title\": \"Encore\"}")
                .patch("/productions/{id}", id).then().statusCode(412).contentType("application/problem+json");
        JsonNode event = awaitEvent(id, ProductionEvent.UPDATED);
        assertEquals(1, event.path("data").path("version").asInt());
    }

    @Test
    void twoConcurrentPatchesWithTheSameEtagOneWinsTheOtherGets412() throws Exception {
        String id = create(valid("Course")).then().statusCode(201).extract().path("id");
        List<Callable<Integer>> patches = new ArrayList<>();
        for (String title : List.of("Gagnant A", "Gagnant B")) {
            patches.add(() -> given().auth().oauth2(PRODUCER).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                    .body("{\"title\": \"" + title + "\"}").patch("/productions/{id}", id).statusCode());
        }
        List<Integer> statuses = AtOnce.statuses(patches);
        assertEquals(List.of(200, 412), statuses);
        given().auth().oauth2(AUDITOR).get("/productions/{id}", id).then().header("ETag", "\"1\"");
    }

    @Test
    void sameIdempotencyKeyReplaysTheFirstResponseAndBooksOnce() throws SQLException {
        String key = UUID.randomUUID().toString();
        long before = count("production");
        Response first = given().auth().oauth2(PRODUCER).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(valid("Une Fois")).post("/productions");
        first.then().statusCode(201);
        Response second = given().auth().oauth2(PRODUCER).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(valid("Une Fois")).post("/productions");
        second.then().statusCode(201).header("Idempotent-Replayed", "true")
                .header("Location", equalTo(first.header("Location")))
                .body("id", equalTo(first.path("id")));
        assertEquals(before + 1, count("production"));

        given().auth().oauth2(PRODUCER).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(valid("Autre Film")).post("/productions").then().statusCode(422)
                .body("type", equalTo("urn:bobine:problem:idempotency-key-reused"));
        assertEquals(before + 1, count("production"));
    }

    @Test
    void listIsPaginatedAndFilteredByKind() {
        String doc = create(body("Documentaire", "73282932000074", "DOCUMENTARY", "null")).then().statusCode(201)
                .extract().path("id");
        given().auth().oauth2(AUDITOR).queryParam("kind", "DOCUMENTARY").queryParam("size", 200).get("/productions")
                .then().statusCode(200)
                .body("items.id", hasItem(doc))
                .body("items.kind", org.hamcrest.Matchers.everyItem(equalTo("DOCUMENTARY")));
        create(valid("Un")).then().statusCode(201);
        create(valid("Deux")).then().statusCode(201);
        given().auth().oauth2(AUDITOR).queryParam("size", 1).get("/productions").then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("nextPage", equalTo(1))
                .body("totalItems", notNullValue());
        given().auth().oauth2(AUDITOR).queryParam("size", 500).get("/productions").then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
        given().auth().oauth2(AUDITOR).queryParam("kind", "OPERA").get("/productions").then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("kind"));
    }

    @Test
    void titlesAreFoundWhateverTheCaseAndAccentsAndTheListSortsByADocumentedField() {
        // a tag of this run keeps the search to this test's productions in a database other tests fill too
        String tag = "zq" + Long.toString(System.nanoTime(), 36);
        String eleve = create(valid("L'Élève " + tag)).then().statusCode(201).extract().path("id");
        String ete = create(valid("Un été " + tag + " à Brest")).then().statusCode(201).extract().path("id");
        String abeille = create(valid("Abeilles " + tag)).then().statusCode(201).extract().path("id");
        // "eleve" finds "L'Élève": lower case and accents removed on both sides
        given().auth().oauth2(AUDITOR).queryParam("q", "ELEVE " + tag.toUpperCase()).get("/productions").then().statusCode(200)
                .body("items.id", equalTo(List.of(eleve))).body("totalItems", equalTo(1));
        // the original title is searched too; a % typed is a letter, not a wildcard
        given().auth().oauth2(AUDITOR).queryParam("q", "lighthouse night").queryParam("size", 200).get("/productions").then()
                .statusCode(200).body("items.id", org.hamcrest.Matchers.hasItems(eleve, ete, abeille));
        given().auth().oauth2(AUDITOR).queryParam("q", tag + "%").get("/productions").then().statusCode(200)
                .body("totalItems", equalTo(0));
        // sort by title ascending, then descending; the newest first without sort
        given().auth().oauth2(AUDITOR).queryParam("q", tag).queryParam("sort", "title").get("/productions").then()
                .statusCode(200).body("items.id", equalTo(List.of(abeille, eleve, ete)));
        given().auth().oauth2(AUDITOR).queryParam("q", tag).queryParam("sort", "-title").get("/productions").then()
                .statusCode(200).body("items.id", equalTo(List.of(ete, eleve, abeille)));
        given().auth().oauth2(AUDITOR).queryParam("q", tag).get("/productions").then()
                .statusCode(200).body("items.id", equalTo(List.of(abeille, ete, eleve)));
        // a field the list does not document is refused, naming the allowed ones
        given().auth().oauth2(AUDITOR).queryParam("sort", "budget").get("/productions").then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("sort")).body("errors[0].reason", containsString("title"));
        given().auth().oauth2(AUDITOR).queryParam("q", "x".repeat(101)).get("/productions").then().statusCode(400)
                .body("errors[0].field", equalTo("q"));
    }

    @Test
    void everyChangeLeavesAnAuditRecord() throws SQLException {
        String id = create(valid("Audité")).then().statusCode(201).extract().path("id");
        try (var c = dataSource.getConnection();
                var q = c.prepareStatement("select actor, action, after_state->>'title' from audit_record where entity_id = ?")) {
            q.setString(1, id);
            try (var rs = q.executeQuery()) {
                assertTrue(rs.next());
                assertEquals("test@bobine.local", rs.getString(1));
                assertEquals("production.create", rs.getString(2));
                assertEquals("Audité", rs.getString(3));
            }
        }
    }

    private JsonNode awaitEvent(String productionId, String type) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            for (JsonNode event : TestEvents.readAll(bootstrap, BobineStack.topic("budget"), Duration.ofSeconds(2))) {
                if (productionId.equals(event.path("subject").asText()) && type.equals(event.path("type").asText())) {
                    return event;
                }
            }
        }
        throw new AssertionError("no " + type + " for " + productionId + " on " + BobineStack.topic("budget"));
    }

    private long count(String table) throws SQLException {
        try (var c = dataSource.getConnection(); var q = c.prepareStatement("select count(*) from " + table);
                var rs = q.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
