package fr.bobine.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Holds every response a service's API tests receive to the committed OpenAPI document: the status is declared for
 * the operation, the media type too, the JSON body follows the declared schema (required properties present, no
 * undeclared null, bounds respected), and the headers a client reads (ETag, Location, Content-Disposition,
 * Retry-After) are declared where they are sent. Installed for every {@code @QuarkusTest} by {@link ContractCallback}.
 *
 * <p>With {@code bobine.contract.strict} true (each service's pom sets it; the root pom passes it to the tests) a broken
 * promise fails the test that met it; without, it is written to {@code target/contract-violations.txt}.
 */
public final class ResponseContract implements Filter {

    static final Set<String> CLIENT_HEADERS = Set.of("ETag", "Location", "Content-Disposition", "Retry-After");
    private static final String DOCUMENT_IRI = "https://bobine.local/openapi.json";
    private static final Path REPORT = Path.of("target/contract-violations.txt");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final OpenApiDocument document;
    private final SchemaRegistry registry;
    private final boolean strict;
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();
    private final Set<String> reported = ConcurrentHashMap.newKeySet();

    public ResponseContract(OpenApiDocument document, boolean strict) {
        this.document = document;
        this.strict = strict;
        String json = document.asJsonSchemaDocument().toString();
        this.registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemas(Map.of(DOCUMENT_IRI, json))
                        .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
            FilterContext context) {
        Response response = context.next(request, responseSpec);
        String path = URI.create(request.getURI()).getRawPath();
        java.util.function.Function<String, String> headers = response::getHeader;
        List<String> broken = check(request.getMethod(), path, response.statusCode(), headers, response.getContentType(),
                response.asString());
        if (!broken.isEmpty()) {
            String message = request.getMethod() + " " + path + " -> " + response.statusCode() + ":\n  "
                    + String.join("\n  ", broken);
            if (strict) {
                throw new AssertionError("The response breaks the committed OpenAPI document (" + OpenApiContract.COMMITTED
                        + "):\n" + message);
            }
            report(message);
        }
        return response;
    }

    /** What a response ({@code headers} by name) breaks of the document; empty when it keeps every promise. */
    List<String> check(String method, String path, int status, java.util.function.Function<String, String> headers,
            String contentType, String body) {
        if (path.startsWith("/q/") || "OPTIONS".equalsIgnoreCase(method)) {
            // health and metrics are not the API; a CORS preflight is answered by the HTTP layer, not an operation
            return List.of();
        }
        OpenApiDocument.Operation operation = document.find(method, path);
        if (operation == null) {
            // An unknown route answered 404 or 405 by the framework is not an operation of the document.
            return status == 404 || status == 405 ? List.of() : List.of("no operation of the document serves this path");
        }
        JsonNode declared = operation.response(status);
        if (declared == null) {
            return List.of(operation.id() + " does not declare status " + status);
        }
        List<String> broken = new ArrayList<>();
        for (String header : CLIENT_HEADERS) {
            if (headers.apply(header) != null && !hasHeader(declared, header)) {
                broken.add(operation.id() + " " + status + " sends " + header + " but does not declare it");
            }
        }
        if (body == null || body.isEmpty() || contentType == null || contentType.isEmpty()) {
            return broken;
        }
        String answered = contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        JsonNode content = declared.path("content");
        // a declared "text/csv; charset=UTF-8" is the type text/csv: parameters do not make another type
        String media = null;
        for (Iterator<String> names = content.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (name.split(";")[0].trim().equalsIgnoreCase(answered)) {
                media = name;
            }
        }
        if (media == null) {
            broken.add(operation.id() + " " + status + " answers " + answered + " but declares "
                    + iterable(content.fieldNames()));
            return broken;
        }
        if (media.endsWith("json") && content.path(media).has("schema")) {
            try {
                JsonNode instance = JSON.readTree(body);
                String pointer = "/paths/" + escape(operation.template()) + "/" + operation.method().toLowerCase(Locale.ROOT)
                        + "/responses/" + (operation.node().path("responses").has(Integer.toString(status)) ? status : "default")
                        + "/content/" + escape(media) + "/schema";
                Schema schema = schemas.computeIfAbsent(pointer,
                        p -> registry.getSchema(SchemaLocation.of(DOCUMENT_IRI + "#" + p)));
                for (Error error : schema.validate(instance)) {
                    broken.add(operation.id() + " " + status + " body " + error.toString());
                }
            } catch (IOException e) {
                broken.add(operation.id() + " " + status + " body is not JSON");
            }
        }
        return broken;
    }

    private static boolean hasHeader(JsonNode response, String header) {
        var names = response.path("headers").fieldNames();
        while (names.hasNext()) {
            if (names.next().equalsIgnoreCase(header)) {
                return true;
            }
        }
        return false;
    }

    private static String escape(String pointerToken) {
        return pointerToken.replace("~", "~0").replace("/", "~1");
    }

    private static String iterable(java.util.Iterator<String> names) {
        List<String> list = new ArrayList<>();
        names.forEachRemaining(list::add);
        return list.isEmpty() ? "no body" : list.stream().collect(Collectors.joining(", "));
    }

    private void report(String message) {
        if (!reported.add(message.replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "{id}"))) {
            return;
        }
        try {
            Files.createDirectories(REPORT.getParent());
            Files.writeString(REPORT, message + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
