package fr.bobine.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
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
 * An event whose {@code source} is another service of this repository ({@code /crew-service}) is checked against
 * that service's own schema, read from its source folder: the events a consumer's tests make up must be events the
 * producer could publish ({@link TestEvents#event} checks every one it builds).
 */
public final class EventSchemas {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private EventSchemas() {
    }

    /**
     * Fails, listing every violation, when a CloudEvent's data does not follow the schema of its type: the producing
     * service's own when its source is a service of this repository, else the one on the classpath.
     */
    public static void assertValid(JsonNode event) {
        String type = event.path("type").asText();
        Path producer = producerEvents(event.path("source").asText());
        Schema schema = producer == null ? SCHEMAS.computeIfAbsent(type, t -> load(t, EventSchemas::resource))
                : SCHEMAS.computeIfAbsent(producer + ":" + type, t -> load(type, name -> file(producer.resolve(name))));
        check(type, schema, event.path("data"));
    }

    /** Fails, listing every violation, when {@code data} does not follow the schema of event {@code type} (v1). */
    public static void assertValid(String type, JsonNode data) {
        check(type, SCHEMAS.computeIfAbsent(type, t -> load(t, EventSchemas::resource)), data);
    }

    private static void check(String type, Schema schema, JsonNode data) {
        List<Error> errors = schema.validate(data);
        if (!errors.isEmpty()) {
            throw new AssertionError(type + " does not follow its schema:\n  "
                    + errors.stream().map(Error::toString).collect(Collectors.joining("\n  ")) + "\ndata: " + data);
        }
    }

    /** The schema of the type, else of its family: the type without its last segments, one at a time. */
    static Schema load(String type, Function<String, InputStream> open) {
        for (String name = type; !name.isEmpty(); name = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : "") {
            try (InputStream in = open.apply(name + ".v1.schema.json")) {
                if (in != null) {
                    return REGISTRY.getSchema(in);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new AssertionError("no JSON Schema for " + type);
    }

    /** {@code <checkout>/crew-service/src/main/resources/events} for source {@code /crew-service}, when it exists. */
    static Path producerEvents(String source) {
        if (!source.matches("/[a-z]+-service")) {
            return null;
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve(".mvn"))) {
                Path events = dir.resolve(source.substring(1)).resolve("src/main/resources/events");
                return Files.isDirectory(events) ? events : null;
            }
        }
        return null;
    }

    private static InputStream file(Path path) {
        try {
            return Files.isRegularFile(path) ? Files.newInputStream(path) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code events/<name>} from the class loader of the test (in a @QuarkusTest, the application's), else ours. */
    private static InputStream resource(String name) {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        InputStream in = context == null ? null : context.getResourceAsStream("events/" + name);
        return in != null ? in : EventSchemas.class.getResourceAsStream("/events/" + name);
    }
}
