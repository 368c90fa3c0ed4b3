package fr.bobine.testing;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assertions;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The committed {@code src/main/openapi/openapi.yaml} must be the document the running service serves, so every API
 * change shows in review (run the tests with {@code -Dbobine.openapi.update=true} to rewrite it after a deliberate
 * change), and it must keep the rules that let generated clients trust it ({@link #violations}).
 */
public final class OpenApiContract {

    public static final Path COMMITTED = Path.of("src/main/openapi/openapi.yaml");

    private OpenApiContract() {
    }

    public static void assertServedDocumentIsCommitted() throws IOException {
        String served = given().accept("application/yaml").get("/q/openapi").then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("bobine.openapi.update")) {
            Files.createDirectories(COMMITTED.getParent());
            Files.writeString(COMMITTED, served);
            return;
        }
        String committed = Files.exists(COMMITTED) ? Files.readString(COMMITTED) : "";
        if (!committed.equals(served)) {
            Path actual = Path.of("target/openapi-served.yaml");
            Files.createDirectories(actual.getParent());
            Files.writeString(actual, served);
            Assertions.fail("The API changed: " + COMMITTED + " differs from what the service serves (written to " + actual
                    + "). Review the difference, then rerun with -Dbobine.openapi.update=true and commit the document.");
        }
    }

    /** Fails, listing them all, when the committed document breaks one of the contract rules of {@link #violations}. */
    public static void assertContractRules() {
        List<String> violations = violations(OpenApiDocument.committed());
        if (!violations.isEmpty()) {
            Assertions.fail(violations.size() + " contract rules broken in " + COMMITTED + ":\n  "
                    + String.join("\n  ", violations));
        }
    }

    /**
     * The rules a generated client relies on: every error status carries the problem body; a 201 says where the new
     * resource is ({@code Location}); a download names its file ({@code Content-Disposition}) and its operation
     * starts with {@code download} (a JSON resource that is also offered as a file by {@code Accept} keeps its name);
     * path parameters come first, in path order; a list is an object (a page or
     * {@code items}), never a bare array; every operation declares 400, 401, 403 and 500, and 404 under an id; every
     * integer query parameter has both bounds and every string one a length.
     */
    public static List<String> violations(OpenApiDocument document) {
        List<String> violations = new ArrayList<>();
        for (OpenApiDocument.Operation operation : document.operations()) {
            String id = operation.id();
            JsonNode responses = operation.node().path("responses");
            List<String> expected = new ArrayList<>(List.of("400", "401", "403", "500"));
            if (operation.template().contains("{")) {
                expected.add("404");
            }
            for (String status : expected) {
                if (!responses.has(status)) {
                    violations.add(id + " does not declare " + status);
                }
            }
            Iterator<Map.Entry<String, JsonNode>> it = responses.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> response = it.next();
                String status = response.getKey();
                JsonNode content = response.getValue().path("content");
                if ((status.startsWith("4") || status.startsWith("5")) && !content.has("application/problem+json")) {
                    violations.add(id + " " + status + " has no application/problem+json body");
                }
                if ("201".equals(status) && !response.getValue().path("headers").has("Location")) {
                    violations.add(id + " 201 does not declare Location");
                }
                if (status.startsWith("2")) {
                    // a resource read as JSON may also be offered as a file by content negotiation (Accept: text/csv);
                    // an operation that only gives files is a download
                    boolean negotiated = false;
                    for (Iterator<String> names = content.fieldNames(); names.hasNext();) {
                        negotiated |= names.next().endsWith("json");
                    }
                    Iterator<Map.Entry<String, JsonNode>> media = content.fields();
                    while (media.hasNext()) {
                        Map.Entry<String, JsonNode> m = media.next();
                        boolean json = m.getKey().endsWith("json");
                        if (json && "array".equals(m.getValue().path("schema").path("type").asText())) {
                            violations.add(id + " " + status + " returns a bare array; return a page or {items}");
                        }
                        if (!json) {
                            if (!response.getValue().path("headers").has("Content-Disposition")) {
                                violations.add(id + " " + status + " downloads " + m.getKey()
                                        + " without declaring Content-Disposition");
                            }
                            if (!negotiated && !id.startsWith("download")) {
                                violations.add(id + " downloads " + m.getKey() + ": its operationId must start with download");
                            }
                        }
                    }
                }
            }
            violations.addAll(parameterViolations(operation));
        }
        return violations;
    }

    private static List<String> parameterViolations(OpenApiDocument.Operation operation) {
        List<String> violations = new ArrayList<>();
        List<String> pathOrder = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(operation.template());
        while (m.find()) {
            pathOrder.add(m.group(1));
        }
        List<String> declaredPath = new ArrayList<>();
        boolean otherSeen = false;
        for (JsonNode parameter : operation.parameters()) {
            String in = parameter.path("in").asText();
            String name = parameter.path("name").asText();
            if ("path".equals(in)) {
                declaredPath.add(name);
                if (otherSeen) {
                    violations.add(operation.id() + " declares path parameter " + name + " after other parameters");
                }
            } else {
                otherSeen = true;
            }
            if ("query".equals(in)) {
                JsonNode schema = parameter.path("schema");
                String type = schema.path("type").asText();
                if ("integer".equals(type) && (!schema.has("minimum") || !schema.has("maximum"))) {
                    violations.add(operation.id() + " query parameter " + name + " is an integer without both bounds");
                }
                if ("string".equals(type) && !schema.has("maxLength") && !schema.has("enum")) {
                    violations.add(operation.id() + " query parameter " + name + " is a string without maxLength");
                }
            }
        }
        if (!declaredPath.equals(pathOrder)) {
            violations.add(operation.id() + " declares path parameters " + declaredPath + ", the path has " + pathOrder);
        }
        return violations;
    }
}
