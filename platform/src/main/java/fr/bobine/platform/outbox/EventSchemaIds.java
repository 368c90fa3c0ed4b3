package fr.bobine.platform.outbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The CloudEvent {@code dataschema} of an event type: the {@code $id} of the JSON Schema its data follows, which the
 * service ships in {@code src/main/resources/events/}. The schema is named after the type
 * ({@code crew.contract.signed.v1.schema.json}) or after the family of types it covers ({@code production.v1.schema.json}
 * for {@code production.created} and {@code production.updated}), the lookup test-support's EventSchemas makes, so a
 * consumer can fetch the very schema a producer's tests validate against.
 */
public final class EventSchemaIds {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Map<String, String> IDS = new ConcurrentHashMap<>();

    private EventSchemaIds() {
    }

    /** The {@code $id} of the schema of {@code type}; a type without a schema is a defect the producer's tests show. */
    public static String of(String type) {
        return IDS.computeIfAbsent(type, EventSchemaIds::find);
    }

    private static String find(String type) {
        for (String name = type; !name.isEmpty(); name = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : "") {
            try (InputStream in = open("events/" + name + ".v1.schema.json")) {
                if (in != null) {
                    JsonNode id = MAPPER.readTree(in).path("$id");
                    if (!id.isTextual() || id.asText().isBlank()) {
                        throw new IllegalStateException("events/" + name + ".v1.schema.json has no $id");
                    }
                    return id.asText();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the schema of event type " + type, e);
            }
        }
        throw new IllegalStateException("event type " + type + " has no JSON Schema in src/main/resources/events");
    }

    private static InputStream open(String resource) {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        InputStream in = context == null ? null : context.getResourceAsStream(resource);
        return in != null ? in : EventSchemaIds.class.getClassLoader().getResourceAsStream(resource);
    }
}
