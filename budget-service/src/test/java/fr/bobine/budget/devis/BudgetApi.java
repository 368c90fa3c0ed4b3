package fr.bobine.budget.devis;

import static io.restassured.RestAssured.given;

import java.sql.SQLException;
import java.time.Duration;

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
}
