package fr.bobine.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

import fr.bobine.testing.Eventually;
import fr.bobine.testing.TestTokens;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The role matrix, generated from the contract: every operation of the four committed OpenAPI documents is called by
 * each of the seven roles, once as a member of the production and once not, against the four running services. The
 * expected answer comes from the document itself: its {@code x-roles} (the roles the operation allows) and whether its
 * path names a production. A role the operation does not allow is 403; a production-scoped role that is not a member
 * of the production is 404 on its routes, exactly as for a production that does not exist; anything else reaches the
 * operation (2xx, or the operation's own 4xx for the made-up ids and bodies of this test, never 401 or 403, never the
 * production's 404). Membership is granted in budget-service and reaches the other services through Kafka.
 */
class RoleMatrixIT {

    static final SystemUnderTest system = new SystemUnderTest();
    static final List<String> ROLES = List.of("producer", "production-manager", "accountant", "payroll", "rights-manager",
            "distribution-manager", "auditor");
    static final Set<String> COMPANY_WIDE = Set.of("producer", "accountant", "auditor");
    static final String PRODUCER = TestTokens.forUser("direction@bobine.local", "producer");
    static final Pattern PARAMETER = Pattern.compile("\\{([A-Za-z]+)}");
    static String production;

    static String member(String role) {
        return TestTokens.forUser("member." + role + "@bobine.local", role);
    }

    static String outsider(String role) {
        return TestTokens.forUser("outsider." + role + "@bobine.local", role);
    }

    @BeforeAll
    static void start() throws Exception {
        system.start();
        production = given().auth().oauth2(PRODUCER).contentType("application/json").body("""
                {"title": "La Matrice des Rôles", "kind": "FEATURE_FILM",
                 "delegatedProducer": {"name": "Les Films du Quai", "siret": "73282932000074"}}""")
                .post(system.url("budget") + "/productions").then().statusCode(201).extract().path("id");
        for (String role : ROLES) {
            if (!COMPANY_WIDE.contains(role)) {
                given().auth().oauth2(PRODUCER).contentType("application/json")
                        .body("{\"user\": \"member." + role + "@bobine.local\", \"roles\": [\"" + role + "\"]}")
                        .post(system.url("budget") + "/productions/{p}/members", production).then().statusCode(201);
            }
        }
        // the grants travel through Kafka: every service lets every member in
        for (String service : SystemUnderTest.PORTS.keySet()) {
            for (String role : ROLES) {
                if (!COMPANY_WIDE.contains(role) && allowedToReadProduction(service, role)) {
                    Eventually.within(Duration.ofSeconds(90), () -> given().auth().oauth2(member(role))
                            .get(system.url(service) + "/productions/{p}", production).then().statusCode(200));
                }
            }
        }
    }

    /** Whether the role may read the production copy of the service (its getProduction operation). */
    static boolean allowedToReadProduction(String service, String role) {
        for (Operation op : operations(service)) {
            if (op.id().equals("getProduction")) {
                return op.roles().contains(role);
            }
        }
        return false;
    }

    @AfterAll
    static void stop() throws Exception {
        system.stop();
    }

    record Operation(String service, String method, String path, String id, List<String> roles, boolean hasBody,
            String bodyType, List<Map<String, Object>> parameters) {

        boolean productionScoped() {
            return path.contains("{productionId}");
        }
    }

    @SuppressWarnings("unchecked")
    static List<Operation> operations(String service) {
        Path document = system.root.resolve(service + "-service/src/main/openapi/openapi.yaml");
        Map<String, Object> openapi;
        try (Reader in = Files.newBufferedReader(document)) {
            openapi = new Yaml(new LoaderOptions()).load(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, Object> path : ((Map<String, Object>) openapi.get("paths")).entrySet()) {
            for (Map.Entry<String, Object> entry : ((Map<String, Object>) path.getValue()).entrySet()) {
                if (!List.of("get", "post", "put", "patch", "delete").contains(entry.getKey())) {
                    continue;
                }
                Map<String, Object> op = (Map<String, Object>) entry.getValue();
                List<String> roles = (List<String>) op.get("x-roles");
                if (roles == null) {
                    throw new AssertionError(service + " " + entry.getKey() + " " + path.getKey() + " does not document x-roles");
                }
                Map<String, Object> body = (Map<String, Object>) op.get("requestBody");
                String bodyType = body == null ? null
                        : ((Map<String, Object>) body.get("content")).keySet().iterator().next();
                List<Map<String, Object>> parameters = op.get("parameters") == null ? List.of()
                        : (List<Map<String, Object>>) op.get("parameters");
                operations.add(new Operation(service, entry.getKey().toUpperCase(), path.getKey(),
                        (String) op.get("operationId"), roles, body != null, bodyType, parameters));
            }
        }
        return operations;
    }

    @Test
    void everyOperationOfTheFourDocumentsAnswersEachRoleMemberOrNotAsDocumented() {
        List<String> wrong = new ArrayList<>();
        int calls = 0;
        int reached = 0;
        for (String service : SystemUnderTest.PORTS.keySet()) {
            for (Operation op : operations(service)) {
                for (String role : ROLES) {
                    for (boolean isMember : List.of(true, false)) {
                        Response response = call(op, isMember ? member(role) : outsider(role));
                        calls++;
                        int status = response.statusCode();
                        String detail = response.contentType() != null && response.contentType().contains("json")
                                ? String.valueOf(response.jsonPath().getString("detail")) : "";
                        boolean productionUnknown = status == 404 && detail.equals("production " + production + " does not exist");
                        String expected;
                        boolean ok;
                        if (!op.roles().contains(role)) {
                            expected = "403";
                            ok = status == 403;
                        } else if (op.productionScoped() && !isMember && !COMPANY_WIDE.contains(role)) {
                            expected = "404 (not a member)";
                            ok = productionUnknown;
                        } else {
                            expected = "the operation (2xx or its own 4xx)";
                            ok = status != 401 && status != 403 && status < 500 && !productionUnknown;
                            reached += ok ? 1 : 0;
                        }
                        if (!ok) {
                            wrong.add(service + " " + op.method() + " " + op.path() + " (" + op.id() + ") as " + role
                                    + (isMember ? " member" : " non-member") + ": " + status + " " + detail + ", expected " + expected);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), wrong, wrong.size() + " of " + calls + " calls answered against the matrix");
        System.out.printf("RoleMatrixIT: %d calls, %d reached their operation as documented%n", calls, reached);
    }

    @Test
    void listsAcrossProductionsShowANonMemberNothingOfTheProduction() {
        given().auth().oauth2(outsider("production-manager")).queryParam("size", 200).get(system.url("budget") + "/productions")
                .then().statusCode(200).body("items.id", not(hasItem(production)));
        given().auth().oauth2(member("production-manager")).queryParam("size", 200).get(system.url("budget") + "/productions")
                .then().statusCode(200).body("items.id", hasItem(production));
        given().auth().oauth2(outsider("rights-manager")).get(system.url("rights") + "/statement-deadlines").then()
                .statusCode(200).body("items.productionId", not(hasItem(production)));
        given().auth().oauth2(outsider("rights-manager")).queryParam("productionId", production)
                .get(system.url("rights") + "/statement-deadlines").then().statusCode(404);
    }

    static Response call(Operation op, String token) {
        RequestSpecification request = given().auth().oauth2(token).redirects().follow(false).urlEncodingEnabled(true);
        String path = op.path();
        Matcher m = PARAMETER.matcher(path);
        StringBuilder url = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(url, Matcher.quoteReplacement(value(m.group(1))));
        }
        m.appendTail(url);
        for (Map<String, Object> parameter : op.parameters()) {
            if ("query".equals(parameter.get("in")) && Boolean.TRUE.equals(parameter.get("required"))) {
                request.queryParam((String) parameter.get("name"), sample(parameter));
            }
        }
        if (List.of("PUT", "PATCH", "DELETE").contains(op.method())) {
            request.header("If-Match", "\"0\"");
        }
        if (op.hasBody()) {
            String type = op.bodyType();
            request.contentType(type);
            request.body(type.contains("json") ? "{}" : type.contains("csv") ? "a;b\n" : "");
        } else {
            // as a generated client calls an operation without a body: no Content-Type (rest-assured would send a form's)
            request.noContentType();
        }
        return request.request(op.method(), system.url(op.service()) + url);
    }

    static String value(String parameter) {
        if (parameter.equals("productionId")) {
            return production;
        }
        if (parameter.endsWith("Id") || parameter.equals("id")) {
            return parameter.equals("id") ? "999999" : UUID.randomUUID().toString();
        }
        return switch (parameter) {
        case "period" -> "2027-03";
        case "kind" -> "SALARIES";
        default -> "X1";
        };
    }

    @SuppressWarnings("unchecked")
    static String sample(Map<String, Object> parameter) {
        Map<String, Object> schema = (Map<String, Object>) parameter.getOrDefault("schema", new LinkedHashMap<>());
        if (schema.get("enum") instanceof List<?> values && !values.isEmpty()) {
            return String.valueOf(values.get(0));
        }
        String format = String.valueOf(schema.get("format"));
        return switch (String.valueOf(schema.get("type"))) {
        case "integer", "number" -> "1";
        case "boolean" -> "false";
        default -> format.equals("date") ? "2027-03-01" : format.equals("uuid") ? UUID.randomUUID().toString() : "x";
        };
    }
}
