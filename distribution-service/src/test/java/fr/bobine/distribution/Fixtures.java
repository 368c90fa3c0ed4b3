package fr.bobine.distribution;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
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

    /** Checks {@code data} against the event's published JSON schema: required fields, no undeclared field, types. */
    public static void assertMatchesSchema(String type, JsonNode data) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/events/" + type + ".v1.schema.json")) {
            JsonNode schema = TestEvents.MAPPER.readTree(in);
            check(schema, schema, data, "data");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void check(JsonNode root, JsonNode schema, JsonNode value, String path) {
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText().replace("#/$defs/", "");
            check(root, root.path("$defs").path(ref), value, path);
            return;
        }
        if (schema.has("oneOf")) {
            for (JsonNode option : schema.get("oneOf")) {
                try {
                    check(root, option, value, path);
                    return;
                } catch (AssertionError ignored) {
                    // try the next option
                }
            }
            fail(path + " matches none of " + schema.get("oneOf"));
        }
        if (schema.has("enum")) {
            boolean found = false;
            for (JsonNode allowed : schema.get("enum")) {
                found |= allowed.equals(value);
            }
            assertTrue(found, path + " = " + value + " is not one of " + schema.get("enum"));
            return;
        }
        JsonNode type = schema.get("type");
        if (type != null) {
            List<String> types = new ArrayList<>();
            if (type.isArray()) {
                type.forEach(t -> types.add(t.asText()));
            } else {
                types.add(type.asText());
            }
            String actual = value.isNull() ? "null" : value.isObject() ? "object" : value.isArray() ? "array"
                    : value.isIntegralNumber() ? "integer" : value.isNumber() ? "number" : value.isBoolean() ? "boolean" : "string";
            assertTrue(types.contains(actual) || (actual.equals("integer") && types.contains("number")),
                    path + " is " + actual + ", the schema says " + types);
            if (actual.equals("string") && schema.has("pattern")) {
                assertTrue(value.asText().matches(schema.get("pattern").asText()), path + " = " + value + " does not match "
                        + schema.get("pattern"));
            }
        }
        if (value.isObject() && schema.has("properties")) {
            for (JsonNode required : schema.path("required")) {
                assertTrue(value.has(required.asText()), path + "." + required.asText() + " is required");
            }
            for (Iterator<String> it = value.fieldNames(); it.hasNext();) {
                String field = it.next();
                JsonNode declared = schema.get("properties").get(field);
                if (declared == null) {
                    assertTrue(!schema.path("additionalProperties").isBoolean() || schema.get("additionalProperties").asBoolean(),
                            path + "." + field + " is not in the schema");
                } else {
                    check(root, declared, value.get(field), path + "." + field);
                }
            }
        }
        if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                check(root, schema.get("items"), value.get(i), path + "[" + i + "]");
            }
        }
    }
}
