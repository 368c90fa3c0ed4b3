package fr.bobine.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;


/**
 * The contract every service that keeps a copy of the productions honours: production.* events from budget-service's
 * topic, through the real broker, reach the copy once; replays and older versions change nothing; events that cannot
 * be applied are parked and the consumer goes on. A service's test extends it with {@code @QuarkusTest} and names a
 * role that may read productions there and one that may not.
 */
public abstract class ProductionCopyContract {

    protected static final Duration WAIT = Duration.ofSeconds(30);

    private final String reader;
    private final String outsider;

    /** {@code readerRole} may read this service's productions; {@code outsiderRole} may not. */
    protected ProductionCopyContract(String readerRole, String outsiderRole) {
        this.reader = TestTokens.forRoles(readerRole);
        this.outsider = TestTokens.forRoles(outsiderRole);
    }

    public static ObjectNode productionEvent(String type, UUID id, String title, long version) {
        return TestEvents.event("/budget-service", type, id.toString(), TestEvents.map(
                "productionId", id.toString(), "title", title, "originalTitle", null, "kind", "FEATURE_FILM",
                "status", "PRE_PRODUCTION", "genre", "drama", "originalLanguages", List.of("fr"),
                "delegatedProducerName", "Les Films du Quai", "delegatedProducerSiret", "73282932000074",
                "plannedShootingStart", "2027-03-01", "plannedShootingEnd", "2027-04-23",
                "version", version, "updatedAt", "2026-11-22T10:00:0" + version + "Z"));
    }

    protected void send(ObjectNode event) {
        TestEvents.send(bootstrap(), BobineStack.topic("budget"), event);
    }

    @Test
    public void createdProductionAppearsInTheCopy() {
        UUID id = UUID.randomUUID();
        send(productionEvent("production.created", id, "La Nuit du Phare", 0));
        Eventually.within(WAIT, () -> given().auth().oauth2(reader).get("/productions/{id}", id).then().statusCode(200)
                .body("title", equalTo("La Nuit du Phare"))
                .body("kind", equalTo("FEATURE_FILM"))
                .body("plannedShootingStart", equalTo("2027-03-01"))
                .body("sourceVersion", equalTo(0)));
    }

    @Test
    public void replayedOrOlderEventsChangeNothing() throws SQLException {
        UUID id = UUID.randomUUID();
        ObjectNode created = productionEvent("production.created", id, "Premier Titre", 0);
        send(created);
        send(productionEvent("production.updated", id, "Titre Final", 1));
        Eventually.within(WAIT, () -> given().auth().oauth2(reader).get("/productions/{id}", id).then().statusCode(200)
                .body("title", equalTo("Titre Final")));
        // The same event again (same id), then an older version under a new id: both are no-ops.
        send(created);
        ObjectNode stale = productionEvent("production.updated", id, "Titre Périmé", 0);
        send(stale);
        applied(id);
        given().auth().oauth2(reader).get("/productions/{id}", id).then().statusCode(200)
                .body("title", equalTo("Titre Final"))
                .body("sourceVersion", equalTo(1));
        assertEquals(1, countProcessed(created.path("id").asText()));
        assertEquals(1, countProcessed(stale.path("id").asText()), "the stale event is recorded as seen, and ignored");
    }

    @Test
    public void eventsThatCannotBeAppliedAreParkedAndTheConsumerGoesOn() {
        UUID broken = UUID.randomUUID();
        ObjectNode noTitle = productionEvent("production.created", broken, "Sans Titre", 0);
        ((ObjectNode) noTitle.get("data")).remove("title");
        send(noTitle);
        TestEvents.send(bootstrap(), BobineStack.topic("budget"), broken.toString(), "this is not JSON");
        UUID fine = UUID.randomUUID();
        TestEvents.send(bootstrap(), BobineStack.topic("budget"), broken.toString(),
                productionEvent("production.created", fine, "Après la Panne", 0).toString());
        Eventually.within(WAIT, () -> given().auth().oauth2(reader).get("/productions/{id}", fine).then().statusCode(200));
        given().auth().oauth2(TestTokens.forRoles("auditor")).queryParam("size", 200).get("/admin/dead-letters").then()
                .statusCode(200)
                .body("items.eventId", hasItem(noTitle.path("id").asText()))
                .body("items.reason", hasItem(containsString("lacks a required field")))
                .body("items.payload", hasItem("this is not JSON"));
        given().auth().oauth2(reader).get("/productions/{id}", broken).then().statusCode(404);
    }

    @Test
    public void theSameVersionAgainUnderANewEventIdChangesNothing() {
        // Version 0 again, as a second event (not a redelivery): the copy already reflects it, even received_at stays.
        ObjectNode again = copyUnchangedBy(id -> {
            ObjectNode e = productionEvent("production.updated", id, "Autre Titre", 0);
            ((ObjectNode) e.get("data")).put("status", "SHOOTING");
            return e;
        });
        assertEquals(1, countProcessed(again.path("id").asText()), "recorded as seen, and ignored");
    }

    @Test
    public void aNewerVersionReplacesEveryFieldAndAnOlderOneAfterItNothing() {
        UUID id = UUID.randomUUID();
        send(productionEvent("production.created", id, "Premier Titre", 0));
        ObjectNode newer = productionEvent("production.updated", id, "Titre Final", 2);
        ObjectNode data = (ObjectNode) newer.get("data");
        data.put("originalTitle", "The Lighthouse Night");
        data.put("status", "SHOOTING");
        data.put("delegatedProducerName", "Quai Production");
        data.putNull("plannedShootingEnd");
        send(newer);
        send(productionEvent("production.updated", id, "Titre Intermédiaire", 1));
        applied(id);
        given().auth().oauth2(reader).get("/productions/{id}", id).then().statusCode(200)
                .body("title", equalTo("Titre Final"))
                .body("originalTitle", equalTo("The Lighthouse Night"))
                .body("status", equalTo("SHOOTING"))
                .body("delegatedProducerName", equalTo("Quai Production"))
                .body("plannedShootingStart", equalTo("2027-03-01"))
                .body("plannedShootingEnd", nullValue())
                .body("sourceVersion", equalTo(2))
                .body("sourceUpdatedAt", equalTo("2026-11-22T10:00:02Z"));
    }

    @Test
    public void eventsReadTogetherApplyAsTheyWouldOneByOne() {
        // Sent in one request, so read in one poll and applied in one statement batch: a creation, a newer version,
        // an older one behind it, and another production between them.
        UUID id = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        ObjectNode newer = productionEvent("production.updated", id, "Titre Final", 2);
        ((ObjectNode) newer.get("data")).put("status", "SHOOTING");
        TestEvents.sendTogether(bootstrap(), BobineStack.topic("budget"), List.of(
                productionEvent("production.created", id, "Premier Titre", 0), newer,
                productionEvent("production.created", other, "L'Autre Film", 0),
                productionEvent("production.updated", id, "Titre Intermédiaire", 1)));
        applied(id);
        given().auth().oauth2(reader).get("/productions/{id}", id).then().statusCode(200)
                .body("title", equalTo("Titre Final"))
                .body("status", equalTo("SHOOTING"))
                .body("sourceVersion", equalTo(2));
        Eventually.within(WAIT, () -> given().auth().oauth2(reader).get("/productions/{id}", other).then().statusCode(200)
                .body("title", equalTo("L'Autre Film")));
    }

    @Test
    public void aNewerVersionWithoutARequiredFieldIsParkedAndTheCopyKept() {
        ObjectNode noSiret = copyUnchangedBy(id -> {
            ObjectNode e = productionEvent("production.updated", id, "Titre Final", 1);
            ((ObjectNode) e.get("data")).remove("delegatedProducerSiret");
            return e;
        });
        given().auth().oauth2(TestTokens.forRoles("auditor")).queryParam("size", 200).get("/admin/dead-letters").then()
                .statusCode(200)
                .body("items.find { it.eventId == '%s' }.reason".formatted(noSiret.path("id").asText()),
                        equalTo("production.updated lacks a required field of production v1"));
    }

    @Test
    public void unknownProductionIs404AndTokenIsRequired() {
        given().auth().oauth2(reader).get("/productions/{id}", UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/productions/{id}", UUID.randomUUID()).then().statusCode(401);
        given().auth().oauth2(outsider).get("/productions/{id}", UUID.randomUUID()).then()
                .statusCode(403);
    }

    /** The broker of the running service, as the test resource configured it. */
    protected static String bootstrap() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }

    /** A new copy at version 0, then the event {@code next} makes for it; asserts that the copy's row did not change. */
    private ObjectNode copyUnchangedBy(Function<UUID, ObjectNode> next) {
        UUID id = UUID.randomUUID();
        send(productionEvent("production.created", id, "Premier Titre", 0));
        Eventually.within(WAIT, () -> given().auth().oauth2(reader).get("/productions/{id}", id).then().statusCode(200));
        String before = copyRow(id);
        ObjectNode event = next.apply(id);
        send(event);
        applied(id);
        assertEquals(before, copyRow(id));
        return event;
    }

    /**
     * Waits until the events sent so far under {@code key} were applied: a marker on the same partition (same key)
     * comes after them, and once it is applied, so were they.
     */
    private void applied(UUID key) {
        ObjectNode marker = productionEvent("production.created", UUID.randomUUID(), "Marqueur", 0);
        TestEvents.send(bootstrap(), BobineStack.topic("budget"), key.toString(), marker.toString());
        Eventually.within(WAIT, () -> given().auth().oauth2(reader)
                .get("/productions/{id}", marker.path("subject").asText()).then().statusCode(200));
    }

    /** The copy's row as the database has it, every column, received_at included. */
    private static String copyRow(UUID id) {
        try (var c = connection(); var q = c.prepareStatement("select row_to_json(p)::text from production p where id = ?")) {
            q.setObject(1, id);
            try (var rs = q.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static java.sql.Connection connection() throws SQLException {
        var config = ConfigProvider.getConfig();
        return java.sql.DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
    }

    private long countProcessed(String eventId) {
        try (var c = connection(); var q = c.prepareStatement("select count(*) from processed_event where event_id = ?")) {
            q.setString(1, eventId);
            try (var rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
