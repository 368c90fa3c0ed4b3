package fr.bobine.rights;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;

import fr.bobine.testing.BobineStack;
import fr.bobine.testing.TestEvents;

/** Reads rights-service's events from the real topic; EventSchemas checks their data against the committed JSON Schema. */
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
}
