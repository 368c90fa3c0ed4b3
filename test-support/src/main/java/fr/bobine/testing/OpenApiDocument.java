package fr.bobine.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * A service's committed OpenAPI 3.0 document, read as a tree: its operations, found by method and concrete path, and
 * its schemas turned into JSON Schema 2020-12 (OpenAPI 3.0's {@code nullable} becomes {@code null} among the allowed
 * values) so that real responses can be validated against what the document promises.
 */
public final class OpenApiDocument {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final JsonNode root;
    private final List<Operation> operations = new ArrayList<>();

    /** One operation of the document, with a pattern matching the concrete paths it serves. */
    public record Operation(String method, String template, Pattern pattern, JsonNode node) {

        public String id() {
            return node.path("operationId").asText(method + " " + template);
        }

        /** The declared response for a status, else the {@code default} one, else null. */
        public JsonNode response(int status) {
            JsonNode responses = node.path("responses");
            JsonNode exact = responses.get(Integer.toString(status));
            return exact != null ? exact : responses.get("default");
        }

        /** The declared parameters in their order. */
        public List<JsonNode> parameters() {
            List<JsonNode> list = new ArrayList<>();
            node.path("parameters").forEach(list::add);
            return list;
        }
    }

    private OpenApiDocument(JsonNode root) {
        this.root = root;
        Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Pattern pattern = Pattern.compile(path.getKey().replaceAll("\\{[^/}]+}", "[^/]+").replace(".", "\\.") + "/?");
            Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
            while (methods.hasNext()) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (method.getValue().has("responses")) {
                    operations.add(new Operation(method.getKey().toUpperCase(java.util.Locale.ROOT), path.getKey(), pattern,
                            method.getValue()));
                }
            }
        }
        // A literal segment beats a parameter: /budgets/compare before /budgets/{budgetId}.
        operations.sort(java.util.Comparator.comparingInt((Operation o) -> o.template().split("\\{").length)
                .thenComparing(o -> -o.template().length()));
    }

    public static OpenApiDocument read(Path file) {
        try {
            return new OpenApiDocument(YAML.readTree(Files.readString(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The module's committed document, {@code src/main/openapi/openapi.yaml}. */
    public static OpenApiDocument committed() {
        return read(OpenApiContract.COMMITTED);
    }

    public JsonNode root() {
        return root;
    }

    public List<Operation> operations() {
        return operations;
    }

    /** The operation serving {@code method path} (no query string), or null. */
    public Operation find(String method, String path) {
        for (Operation operation : operations) {
            if (operation.method().equalsIgnoreCase(method) && operation.pattern().matcher(path).matches()) {
                return operation;
            }
        }
        return null;
    }

    /**
     * The document as one JSON Schema 2020-12 resource: the components' schemas under {@code $defs}-compatible
     * pointers ({@code #/components/schemas/X} keeps resolving) with {@code nullable} rewritten.
     */
    public JsonNode asJsonSchemaDocument() {
        JsonNode copy = rewriteNullable(root.deepCopy());
        ((ObjectNode) copy).put("$schema", "https://json-schema.org/draft/2020-12/schema");
        return copy;
    }

    /**
     * OpenAPI 3.0 keywords that JSON Schema 2020-12 spells otherwise, rewritten everywhere in the tree:
     * {@code {nullable: true, ...}} becomes {@code {anyOf: [{...}, {type: null}]}}, and a boolean
     * {@code exclusiveMinimum}/{@code exclusiveMaximum} takes the bound's value.
     */
    static JsonNode rewriteNullable(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                object.set(name, rewriteNullable(object.get(name)));
            }
            exclusiveBound(object, "exclusiveMinimum", "minimum");
            exclusiveBound(object, "exclusiveMaximum", "maximum");
            if (object.path("nullable").asBoolean(false)) {
                object.remove("nullable");
                ObjectNode wrapper = JsonNodeFactory.instance.objectNode();
                ArrayNode anyOf = wrapper.putArray("anyOf");
                anyOf.add(object);
                anyOf.addObject().put("type", "null");
                return wrapper;
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, rewriteNullable(array.get(i)));
            }
        }
        return node;
    }

    private static void exclusiveBound(ObjectNode schema, String exclusive, String bound) {
        if (schema.path(exclusive).isBoolean()) {
            if (schema.get(exclusive).asBoolean() && schema.has(bound)) {
                schema.set(exclusive, schema.get(bound));
                schema.remove(bound);
            } else {
                schema.remove(exclusive);
            }
        }
    }
}
