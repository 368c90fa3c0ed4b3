package fr.bobine.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;

/**
 * The published contract of an event, applied in full: its data is validated against the JSON Schema (2020-12) the
 * service ships in {@code src/main/resources/events/}, with types, required fields, patterns, enums, {@code $ref}s,
 * {@code additionalProperties} and formats (uuid, date, date-time) asserted.
 *
 * <p>A schema is named after the event type ({@code crew.contract.signed.v1.schema.json}) or after the family of
 * types it covers ({@code production.v1.schema.json} for {@code production.created} and {@code production.updated}).
 */
public final class EventSchemas {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private EventSchemas() {
    }

    /** Fails, listing every violation, when a CloudEvent's data does not follow the schema of its type. */
    public static void assertValid(JsonNode event) {
        assertValid(event.path("type").asText(), event.path("data"));
    }

    /** Fails, listing every violation, when {@code data} does not follow the schema of event {@code type} (v1). */
    public static void assertValid(String type, JsonNode data) {
        List<Error> errors = SCHEMAS.computeIfAbsent(type, EventSchemas::load).validate(data);
        if (!errors.isEmpty()) {
            throw new AssertionError(type + " does not follow its schema:\n  "
                    + errors.stream().map(Error::toString).collect(Collectors.joining("\n  ")) + "\ndata: " + data);
        }
    }

    /** The schema of the type, else of its family: the type without its last segments, one at a time. */
    static Schema load(String type) {
        for (String name = type; !name.isEmpty(); name = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : "") {
            String resource = "/events/" + name + ".v1.schema.json";
            try (InputStream in = resource(resource)) {
                if (in != null) {
                    return REGISTRY.getSchema(in);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new AssertionError("no JSON Schema for " + type + " under /events on the classpath");
    }

    /** From the class loader of the test (in a @QuarkusTest, the application's), else from this library's. */
    private static InputStream resource(String name) {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        InputStream in = context == null ? null : context.getResourceAsStream(name.substring(1));
        return in != null ? in : EventSchemas.class.getResourceAsStream(name);
    }
}
