package fr.bobine.distribution;

import static io.restassured.RestAssured.given;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;

import fr.bobine.testing.BobineStack;
import fr.bobine.testing.TestEvents;
import fr.bobine.testing.TestTokens;
import io.restassured.http.ContentType;

/** What the resource tests of distribution-service share: a production copy, events on the topic, table counts. */
public final class Fixtures {

    public static final String MANAGER = TestTokens.forRoles("distribution-manager");
    public static final String PRODUCER = TestTokens.forRoles("producer");
    public static final String AUDITOR = TestTokens.forRoles("auditor");

    private Fixtures() {
    }

    /** A production as budget-service's events would have left it in the copy. */
    public static UUID production(DataSource ds, String title) {
        UUID id = UUID.randomUUID();
        try (var c = ds.getConnection(); var insert = c.prepareStatement("""
                insert into production (id, title, kind, status, delegated_producer_name, delegated_producer_siret,
                    source_version, source_updated_at) values (?, ?, 'FEATURE_FILM', 'POST_PRODUCTION', 'Les Films du Quai',
                    '73282932000074', 0, ?)""")) {
            insert.setObject(1, id);
            insert.setString(2, title);
            insert.setTimestamp(3, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return id;
    }

    /** A production with its country of origin and, when given, its French release date. */
    public static UUID releasedProduction(DataSource ds, String title, String origin, String releaseDate) {
        UUID id = production(ds, title);
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON)
                .body("{\"originCountry\": \"" + origin + "\", \"frenchReleaseDate\": "
                        + (releaseDate == null ? "null" : "\"" + releaseDate + "\"") + "}")
                .put("/productions/{id}/release-profile", id).then().statusCode(200);
        return id;
    }

    public static long count(DataSource ds, String sql, Object... params) {
        try (var c = ds.getConnection(); var q = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                q.setObject(i + 1, params[i]);
            }
            try (var rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Events of {@code type} about {@code productionId} on this run's distribution topic, once at least one is there. */
    public static List<JsonNode> awaitEvents(String bootstrap, String productionId, String type) {
        return awaitEvents(bootstrap, productionId, type, 1);
    }

    /** Reads the topic until at least {@code atLeast} such events are there (or 40 s pass), then returns them all. */
    public static List<JsonNode> awaitEvents(String bootstrap, String productionId, String type, int atLeast) {
        long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
        while (System.nanoTime() < deadline) {
            List<JsonNode> found = new ArrayList<>();
            for (JsonNode event : TestEvents.readAll(bootstrap, BobineStack.topic("distribution"), Duration.ofSeconds(2))) {
                if (productionId.equals(event.path("subject").asText()) && type.equals(event.path("type").asText())) {
                    found.add(event);
                }
            }
            if (found.size() >= atLeast) {
                return found;
            }
        }
        throw new AssertionError("no " + type + " for " + productionId + " on " + BobineStack.topic("distribution"));
    }
}
