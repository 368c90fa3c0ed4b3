package fr.bobine.crew.production;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.bobine.testing.BobineStack;
import fr.bobine.testing.Eventually;
import fr.bobine.testing.TestEvents;
import fr.bobine.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

/** production.* events from budget-service's topic, through the real broker, into crew-service's copy. */
@QuarkusTest
class ProductionCopyTest {

    static final String PAYROLL = TestTokens.forRoles("payroll");
    static final Duration WAIT = Duration.ofSeconds(30);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    DataSource dataSource;

    static ObjectNode productionEvent(String type, UUID id, String title, long version) {
        return TestEvents.event("/budget-service", type, id.toString(), TestEvents.map(
                "productionId", id.toString(), "title", title, "originalTitle", null, "kind", "FEATURE_FILM",
                "status", "PRE_PRODUCTION", "genre", "drama", "originalLanguages", java.util.List.of("fr"),
                "delegatedProducerName", "Les Films du Quai", "delegatedProducerSiret", "73282932000074",
                "plannedShootingStart", "2027-03-01", "plannedShootingEnd", "2027-04-23",
                "version", version, "updatedAt", "2026-11-22T10:00:0" + version + "Z"));
    }

    void send(ObjectNode event) {
        TestEvents.send(bootstrap, BobineStack.topic("budget"), event);
    }

    @Test
    void createdProductionAppearsInTheCopy() {
        UUID id = UUID.randomUUID();
        send(productionEvent("production.created", id, "La Nuit du Phare", 0));
        Eventually.within(WAIT, () -> given().auth().oauth2(PAYROLL).get("/productions/{id}", id).then().statusCode(200)
                .body("title", equalTo("La Nuit du Phare"))
                .body("kind", equalTo("FEATURE_FILM"))
                .body("plannedShootingStart", equalTo("2027-03-01"))
                .body("sourceVersion", equalTo(0)));
    }

    @Test
    void replayedOrOlderEventsChangeNothing() throws SQLException {
        UUID id = UUID.randomUUID();
        ObjectNode created = productionEvent("production.created", id, "Premier Titre", 0);
        send(created);
        send(productionEvent("production.updated", id, "Titre Final", 1));
        Eventually.within(WAIT, () -> given().auth().oauth2(PAYROLL).get("/productions/{id}", id).then().statusCode(200)
                .body("title", equalTo("Titre Final")));
        // The same event again (same id), then an older version under a new id: both are no-ops.
        send(created);
        ObjectNode stale = productionEvent("production.updated", id, "Titre Périmé", 0);
        send(stale);
        // A marker on the same partition (same key) comes after them: once it is applied, so were they.
        ObjectNode marker = productionEvent("production.created", UUID.randomUUID(), "Marqueur", 0);
        TestEvents.send(bootstrap, BobineStack.topic("budget"), id.toString(), marker.toString());
        Eventually.within(WAIT, () -> given().auth().oauth2(PAYROLL)
                .get("/productions/{id}", marker.path("subject").asText()).then().statusCode(200));
        given().auth().oauth2(PAYROLL).get("/productions/{id}", id).then().statusCode(200)
                .body("title", equalTo("Titre Final"))
                .body("sourceVersion", equalTo(1));
        assertEquals(1, countProcessed(created.path("id").asText()));
        assertEquals(1, countProcessed(stale.path("id").asText()), "the stale event is recorded as seen, and ignored");
    }

    @Test
    void eventsThatCannotBeAppliedAreParkedAndTheConsumerGoesOn() {
        UUID broken = UUID.randomUUID();
        ObjectNode noTitle = productionEvent("production.created", broken, null, 0);
        ((ObjectNode) noTitle.get("data")).remove("title");
        send(noTitle);
        TestEvents.send(bootstrap, BobineStack.topic("budget"), broken.toString(), "this is not JSON");
        UUID fine = UUID.randomUUID();
        TestEvents.send(bootstrap, BobineStack.topic("budget"), broken.toString(),
                productionEvent("production.created", fine, "Après la Panne", 0).toString());
        Eventually.within(WAIT, () -> given().auth().oauth2(PAYROLL).get("/productions/{id}", fine).then().statusCode(200));
        given().auth().oauth2(TestTokens.forRoles("auditor")).queryParam("size", 200).get("/admin/dead-letters").then()
                .statusCode(200)
                .body("items.eventId", hasItem(noTitle.path("id").asText()))
                .body("items.reason", hasItem(containsString("lacks a required field")))
                .body("items.payload", hasItem("this is not JSON"));
        given().auth().oauth2(PAYROLL).get("/productions/{id}", broken).then().statusCode(404);
    }

    @Test
    void unknownProductionIs404AndTokenIsRequired() {
        given().auth().oauth2(PAYROLL).get("/productions/{id}", UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/productions/{id}", UUID.randomUUID()).then().statusCode(401);
        given().auth().oauth2(TestTokens.forRoles("rights-manager")).get("/productions/{id}", UUID.randomUUID()).then()
                .statusCode(403);
    }

    private long countProcessed(String eventId) {
        try (var c = dataSource.getConnection();
                var q = c.prepareStatement("select count(*) from processed_event where event_id = ?")) {
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
