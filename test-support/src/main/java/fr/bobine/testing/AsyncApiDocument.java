package fr.bobine.testing;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * A service's events as an AsyncAPI 3.0 document, made from the event JSON Schemas of this repository and nothing
 * else: the types it publishes on its topic are those of its own {@code src/main/resources/events/*.schema.json}, and
 * the types it receives are those of the other services' schemas that its handlers apply, each with its producer's
 * schema (a consumer keeps no copy of its own). The document is committed as {@code src/main/asyncapi/asyncapi.yaml}
 * and checked by {@link AsyncApiContract}; {@code build-tools/validate-asyncapi.sh} validates it with the AsyncAPI CLI.
 *
 * <p>A schema file {@code <type>.v1.schema.json} is the data of event type {@code <type>}; a schema that covers several
 * types (a family, such as {@code production.v1.schema.json}) names them in its {@code x-event-types} annotation. Its
 * {@code $id} is {@code urn:bobine:schema:} followed by the file's name without {@code .schema.json}, and it is the
 * CloudEvent {@code dataschema} of every event of those types.
 */
public final class AsyncApiDocument {

    public static final String SCHEMA_ID_PREFIX = "urn:bobine:schema:";
    static final String SCHEMA_SUFFIX = ".schema.json";
    static final String EVENT_TYPES = "x-event-types";
    static final String KAFKA_BINDING_VERSION = "0.5.0";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final YAMLMapper YAML = new YAMLMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .build());

    /** A service that publishes events: its name ({@code budget}), CloudEvent source, topic and schema folder. */
    public record Producer(String name, String application, String source, String topic, List<String> inboxTopics, Path events) {
    }

    /** One event type: who publishes it, and the schema of its data ({@code name} is the file's, without suffix). */
    public record EventType(String type, Producer producer, String schemaName, JsonNode schema) {

        public String schemaId() {
            return schema.path("$id").asText();
        }
    }

    private AsyncApiDocument() {
    }

    /** The AsyncAPI document of service {@code name} ({@code budget}), as YAML. */
    public static String generate(Path root, String name, Predicate<String> handled) {
        Map<String, Producer> producers = producers(root);
        Producer self = producers.get(name);
        if (self == null) {
            throw new IllegalArgumentException("no service " + name + "-service publishing events under " + root);
        }
        List<EventType> sent = published(self);
        Map<Producer, List<EventType>> received = new java.util.LinkedHashMap<>();
        for (Producer other : producers.values()) {
            if (other.equals(self)) {
                continue;
            }
            List<EventType> types = published(other).stream().filter(t -> handled.test(t.type())).toList();
            if (!types.isEmpty() && !self.inboxTopics().contains(other.topic())) {
                throw new IllegalStateException(self.application() + " handles " + types.stream().map(EventType::type).toList()
                        + " but does not read " + other.topic() + " (bobine.inbox.topics)");
            }
            if (!types.isEmpty()) {
                received.put(other, types);
            }
        }

        ObjectNode doc = JSON.createObjectNode();
        doc.put("asyncapi", "3.0.0");
        ObjectNode info = doc.putObject("info");
        info.put("title", "Bobine " + self.application() + " events");
        info.put("version", "1.0.0");
        info.put("description", """
                The events %1$s publishes on its Kafka topic %2$s, and those it receives from the other services' topics.

                Every event is a CloudEvent 1.0 in structured JSON mode: the whole envelope is the record's value \
                (header content-type: application/cloudevents+json), its subject and the record's key are the \
                production id, so the events of one production stay in order. Its dataschema is the $id of the JSON \
                Schema (2020-12) its data follows. Producers write each event in the same transaction as the change \
                it reports (transactional outbox); consumers apply an event id once (inbox) and park what they cannot \
                apply in a dead-letter table (/admin/dead-letters).

                Generated from the JSON Schemas in */src/main/resources/events by test-support's AsyncApiDocument \
                (EventContractTest of each service): do not edit it by hand.""".formatted(self.application(), self.topic()));
        info.putObject("license").put("name", "Proprietary");
        doc.put("defaultContentType", "application/cloudevents+json");

        ObjectNode channels = doc.putObject("channels");
        ObjectNode operations = doc.putObject("operations");
        ObjectNode components = doc.putObject("components");
        ObjectNode messages = components.putObject("messages");
        ObjectNode schemas = components.putObject("schemas");
        schemas.set("CloudEvent", envelope());

        channel(channels, self, sent, self.application() + "'s topic: every event it publishes, keyed by production id.");
        for (EventType t : sent) {
            operation(operations, "send", self, t, self);
            message(messages, schemas, t);
        }
        for (Map.Entry<Producer, List<EventType>> entry : received.entrySet()) {
            Producer producer = entry.getKey();
            channel(channels, producer, entry.getValue(), producer.application() + "'s topic, of which "
                    + self.application() + " applies the events below (consumer group " + self.application() + ").");
            for (EventType t : entry.getValue()) {
                operation(operations, "receive", producer, t, self);
                message(messages, schemas, t);
            }
        }
        return yaml(doc);
    }

    /** Every service of the checkout that publishes events (it sets bobine.outbox.topic), by name. */
    public static Map<String, Producer> producers(Path root) {
        Map<String, Producer> out = new TreeMap<>();
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.filter(d -> d.getFileName().toString().endsWith("-service")).sorted().toList()) {
                Path config = dir.resolve("src/main/resources/application.properties");
                if (!Files.isRegularFile(config)) {
                    continue;
                }
                Properties p = new Properties();
                try (Reader in = Files.newBufferedReader(config)) {
                    p.load(in);
                }
                String topic = p.getProperty("bobine.outbox.topic");
                if (topic == null) {
                    continue;
                }
                String application = dir.getFileName().toString();
                List<String> inbox = Arrays.stream(p.getProperty("bobine.inbox.topics", "").split(","))
                        .map(AsyncApiDocument::withoutPlaceholders).filter(t -> !t.isBlank()).toList();
                String name = application.substring(0, application.length() - "-service".length());
                out.put(name, new Producer(name, application, p.getProperty("bobine.events.source"),
                        withoutPlaceholders(topic), inbox, dir.resolve("src/main/resources/events")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The event types a service publishes, from its schema folder, sorted by type. */
    public static List<EventType> published(Producer producer) {
        List<EventType> out = new ArrayList<>();
        if (!Files.isDirectory(producer.events())) {
            return out;
        }
        try (Stream<Path> files = Files.list(producer.events())) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(SCHEMA_SUFFIX)).sorted().toList()) {
                String fileName = file.getFileName().toString();
                String schemaName = fileName.substring(0, fileName.length() - SCHEMA_SUFFIX.length());
                JsonNode schema = JSON.readTree(file.toFile());
                if (!(SCHEMA_ID_PREFIX + schemaName).equals(schema.path("$id").asText())) {
                    throw new IllegalStateException(file + ": its $id must be " + SCHEMA_ID_PREFIX + schemaName
                            + ", not " + schema.path("$id"));
                }
                if (!schemaName.endsWith(".v1")) {
                    throw new IllegalStateException(file + ": an event schema is named <type>.v1" + SCHEMA_SUFFIX);
                }
                List<String> types = new ArrayList<>();
                if (schema.has(EVENT_TYPES)) {
                    schema.get(EVENT_TYPES).forEach(t -> types.add(t.asText()));
                } else {
                    types.add(schemaName.substring(0, schemaName.length() - ".v1".length()));
                }
                for (String type : types) {
                    out.add(new EventType(type, producer, schemaName, schema));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.sort(java.util.Comparator.comparing(EventType::type));
        for (int i = 1; i < out.size(); i++) {
            if (out.get(i).type().equals(out.get(i - 1).type())) {
                throw new IllegalStateException(producer.events() + ": two schemas for event type " + out.get(i).type());
            }
        }
        return out;
    }

    private static void channel(ObjectNode channels, Producer producer, List<EventType> types, String description) {
        ObjectNode channel = channels.putObject(producer.name());
        channel.put("address", producer.topic());
        channel.put("title", producer.topic());
        channel.put("description", description);
        ObjectNode messages = channel.putObject("messages");
        for (EventType t : types) {
            messages.putObject(t.type()).put("$ref", "#/components/messages/" + t.type());
        }
    }

    private static void operation(ObjectNode operations, String action, Producer channel, EventType t, Producer self) {
        ObjectNode operation = operations.putObject(action + pascal(t.type()));
        operation.put("action", action);
        operation.putObject("channel").put("$ref", "#/channels/" + channel.name());
        operation.put("summary", ("send".equals(action) ? self.application() + " publishes " : self.application() + " applies ")
                + t.type());
        operation.putArray("messages").addObject().put("$ref", "#/channels/" + channel.name() + "/messages/" + t.type());
        if ("receive".equals(action)) {
            ObjectNode kafka = operation.putObject("bindings").putObject("kafka");
            kafka.putObject("groupId").put("type", "string").putArray("enum").add(self.application());
            kafka.put("bindingVersion", KAFKA_BINDING_VERSION);
        }
    }

    private static void message(ObjectNode messages, ObjectNode schemas, EventType t) {
        if (!schemas.has(t.schemaName())) {
            dataSchema(schemas, t.schemaName(), t.schema());
        }
        ObjectNode message = messages.putObject(t.type());
        message.put("name", t.type());
        message.put("title", t.type());
        message.put("summary", t.schema().path("title").asText(t.type()));
        if (t.schema().has("description")) {
            message.put("description", t.schema().get("description").asText());
        }
        message.put("contentType", "application/cloudevents+json");
        ObjectNode headers = message.putObject("headers");
        headers.put("type", "object");
        headers.putObject("properties").putObject("content-type").put("type", "string")
                .put("const", "application/cloudevents+json; charset=UTF-8");
        ArrayNode allOf = message.putObject("payload").putArray("allOf");
        allOf.addObject().put("$ref", "#/components/schemas/CloudEvent");
        ObjectNode specific = allOf.addObject();
        specific.put("type", "object");
        ObjectNode properties = specific.putObject("properties");
        properties.putObject("source").put("const", t.producer().source());
        properties.putObject("type").put("const", t.type());
        properties.putObject("dataschema").put("const", t.schemaId());
        properties.putObject("data").put("$ref", "#/components/schemas/" + t.schemaName());
        ObjectNode kafka = message.putObject("bindings").putObject("kafka");
        kafka.putObject("key").put("type", "string").put("description", "The production id, also the CloudEvent subject");
        kafka.put("bindingVersion", KAFKA_BINDING_VERSION);
    }

    private static ObjectNode envelope() {
        ObjectNode e = JSON.createObjectNode();
        e.put("type", "object");
        e.put("description", "A CloudEvents 1.0 envelope in structured JSON mode: the whole envelope is the Kafka record's value.");
        ArrayNode required = e.putArray("required");
        List.of("specversion", "id", "source", "type", "subject", "time", "datacontenttype", "dataschema", "data")
                .forEach(required::add);
        ObjectNode p = e.putObject("properties");
        p.putObject("specversion").put("type", "string").put("const", "1.0");
        p.putObject("id").put("type", "string").put("format", "uuid")
                .put("description", "Unique per event: a consumer applies an id once, and skips it when it comes again");
        p.putObject("source").put("type", "string").put("description", "The publishing service, such as /budget-service");
        p.putObject("type").put("type", "string").put("description", "What happened, in the past tense");
        p.putObject("subject").put("type", "string").put("description", "The production the event is about (the record key)");
        p.putObject("time").put("type", "string").put("format", "date-time");
        p.putObject("datacontenttype").put("type", "string").put("const", "application/json");
        p.putObject("dataschema").put("type", "string").put("format", "uri")
                .put("description", "The $id of the JSON Schema that data follows");
        p.putObject("data").put("type", "object");
        e.put("additionalProperties", false);
        return e;
    }

    /**
     * The JSON Schema as an AsyncAPI schema: without {@code $schema}, {@code $id} and annotations of ours, its
     * {@code $defs} moved up among the components (named {@code <schema>.<definition>}) and its references with them.
     */
    private static void dataSchema(ObjectNode schemas, String name, JsonNode schema) {
        ObjectNode copy = schema.deepCopy();
        copy.remove(List.of("$schema", "$id", EVENT_TYPES));
        JsonNode defs = copy.remove("$defs");
        schemas.set(name, references(copy, name));
        if (defs != null) {
            for (Map.Entry<String, JsonNode> d : defs.properties()) {
                schemas.set(name + "." + d.getKey(), references(d.getValue().deepCopy(), name));
            }
        }
    }

    private static JsonNode references(JsonNode node, String name) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            JsonNode ref = object.get("$ref");
            if (ref != null) {
                if (!ref.asText().startsWith("#/$defs/")) {
                    throw new IllegalStateException(name + ": only #/$defs/ references are supported, not " + ref);
                }
                object.put("$ref", "#/components/schemas/" + name + "." + ref.asText().substring("#/$defs/".length()));
            }
            for (Map.Entry<String, JsonNode> f : object.properties()) {
                references(f.getValue(), name);
            }
        } else if (node.isArray()) {
            node.forEach(n -> references(n, name));
        }
        return node;
    }

    private static String yaml(ObjectNode doc) {
        try {
            String out = YAML.writeValueAsString(doc);
            if (!YAML.readTree(out).equals(doc)) {
                throw new IllegalStateException("the YAML written does not read back as the document");
            }
            return out;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code distribution.mg.instalment.fell-due} to {@code DistributionMgInstalmentFellDue}. */
    static String pascal(String type) {
        return Arrays.stream(type.split("[.-]")).map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1))
                .collect(Collectors.joining());
    }

    /** {@code bobine.budget.v1${bobine.topic-suffix:}} to {@code bobine.budget.v1}. */
    static String withoutPlaceholders(String value) {
        return value.trim().replaceAll("\\$\\{[^}]*}", "");
    }
}
