package fr.bobine.budget.devis;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;

import fr.bobine.testing.BobineStack;
import fr.bobine.testing.TestEvents;
import fr.bobine.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** What the budget and financing tests share: a production to hang budgets on, JSON helpers, events. */
public final class BudgetApi {

    public static final String PRODUCER = TestTokens.forRoles("producer");
    public static final String MANAGER = TestTokens.forRoles("production-manager");
    public static final String AUDITOR = TestTokens.forRoles("auditor");

    private BudgetApi() {
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    public static String newProduction(String title) {
        return as(PRODUCER).body("""
                {"title": "%s", "kind": "FEATURE_FILM",
                 "delegatedProducer": {"name": "Les Films du Quai", "siret": "73282932000074"}}""".formatted(title))
                .post("/productions").then().statusCode(201).extract().path("id");
    }

    /** Opens a cinema budget; returns {budgetId, versionId}. */
    public static String[] newCinemaBudget(String productionId) {
        var r = as(MANAGER).body("""
                {"templateCode": "CNC-CINEMA", "title": "Devis", "ratesOn": "2027-01-15", "versionLabel": "V1"}""")
                .post("/productions/{p}/budgets", productionId).then().statusCode(201).extract();
        return new String[] { r.path("id"), r.path("versions[0].id") };
    }

    public static String line(String account, String quantity, String rate, String currency, String extra) {
        return """
                {"accountCode": "%s", "quantity": "%s", "unit": "semaine", "rate": "%s", "currency": "%s"%s}"""
                .formatted(account, quantity, rate, currency, extra == null ? "" : ", " + extra);
    }

    public static String linesPath() {
        return "/productions/{p}/budgets/{b}/versions/{v}/lines";
    }

    public static String versionPath() {
        return "/productions/{p}/budgets/{b}/versions/{v}";
    }

    public static long count(DataSource dataSource, String table) throws SQLException {
        try (var c = dataSource.getConnection(); var q = c.prepareStatement("select count(*) from " + table);
                var rs = q.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    public static JsonNode awaitEvent(String bootstrap, String productionId, String type) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            for (JsonNode event : TestEvents.readAll(bootstrap, BobineStack.topic("budget"), Duration.ofSeconds(2))) {
                if (productionId.equals(event.path("subject").asText()) && type.equals(event.path("type").asText())) {
                    return event;
                }
            }
        }
        throw new AssertionError("no " + type + " for " + productionId + " on " + BobineStack.topic("budget"));
    }

    /** The event's data has every required field of its published schema and no field the schema does not declare. */
    public static void assertFollowsSchema(JsonNode data, String schemaResource) throws Exception {
        JsonNode schema = TestEvents.MAPPER.readTree(BudgetApi.class.getResourceAsStream(schemaResource));
        checkObject(data, schema, "");
    }

    private static void checkObject(JsonNode data, JsonNode schema, String path) {
        List<String> declared = new ArrayList<>();
        schema.path("properties").fieldNames().forEachRemaining(declared::add);
        data.fieldNames().forEachRemaining(f -> assertTrue(declared.contains(f), "field " + path + f + " is not in the schema"));
        for (JsonNode required : schema.path("required")) {
            assertTrue(data.has(required.asText()) && !data.get(required.asText()).isNull(),
                    "required field " + path + required.asText() + " is missing");
        }
        schema.path("properties").fields().forEachRemaining(p -> {
            JsonNode value = data.get(p.getKey());
            if (value == null || value.isNull()) {
                return;
            }
            String type = p.getValue().path("type").asText();
            switch (type) {
                case "string" -> {
                    assertTrue(value.isTextual(), path + p.getKey() + " must be a string");
                    if (p.getValue().has("pattern")) {
                        assertTrue(value.asText().matches(p.getValue().get("pattern").asText()),
                                path + p.getKey() + " does not match " + p.getValue().get("pattern").asText());
                    }
                }
                case "integer" -> assertTrue(value.isIntegralNumber(), path + p.getKey() + " must be an integer");
                case "boolean" -> assertTrue(value.isBoolean(), path + p.getKey() + " must be a boolean");
                case "array" -> {
                    assertTrue(value.isArray(), path + p.getKey() + " must be an array");
                    for (JsonNode item : value) {
                        checkObject(item, p.getValue().path("items"), path + p.getKey() + "[].");
                    }
                }
                default -> {
                }
            }
        });
    }
}
