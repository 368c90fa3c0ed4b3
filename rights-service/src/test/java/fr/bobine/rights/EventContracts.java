package fr.bobine.rights;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;

import fr.bobine.testing.BobineStack;
import fr.bobine.testing.TestEvents;

/** Reads rights-service's events from the real topic and checks their data against the committed JSON Schema. */
public final class EventContracts {

    private EventContracts() {
    }

    public static JsonNode await(String bootstrap, String type, Predicate<JsonNode> data) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            for (JsonNode event : TestEvents.readAll(bootstrap, BobineStack.topic("rights"), Duration.ofSeconds(2))) {
                if (type.equals(event.path("type").asText()) && data.test(event.path("data"))) {
                    return event;
                }
            }
        }
        throw new AssertionError("no " + type + " matching on " + BobineStack.topic("rights"));
    }

    public static List<JsonNode> all(String bootstrap, String type, Predicate<JsonNode> data) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode event : TestEvents.readAll(bootstrap, BobineStack.topic("rights"), Duration.ofSeconds(2))) {
            if (type.equals(event.path("type").asText()) && data.test(event.path("data"))) {
                found.add(event);
            }
        }
        return found;
    }

    /** Every field of the data is declared by the schema and every required field is present. */
    public static void assertMatchesSchema(JsonNode event) {
        String type = event.path("type").asText();
        JsonNode schema;
        try {
            schema = TestEvents.MAPPER.readTree(EventContracts.class.getResourceAsStream("/events/" + type + ".v1.schema.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> declared = new ArrayList<>();
        schema.path("properties").fieldNames().forEachRemaining(declared::add);
        event.path("data").fieldNames().forEachRemaining(f -> assertTrue(declared.contains(f), "field " + f + " is not in the schema of " + type));
        for (JsonNode required : schema.path("required")) {
            assertTrue(event.path("data").has(required.asText()), "required field " + required.asText() + " of " + type + " is missing");
        }
    }
}
