package fr.bobine.budget.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import fr.bobine.budget.devis.BudgetApi;
import fr.bobine.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * Bad input at the edges of the HTTP API is a 4xx with problem details, never a 500, and stores nothing: page numbers
 * past what an offset can hold, the NUL character, a body over the limit, values of the wrong JSON type (whose
 * reason never names a Java type). Every response carries the security headers; health and metrics are on the
 * management interface only.
 */
@QuarkusTest
class RobustEdgesTest {

    static final String PRODUCER = TestTokens.forRoles("producer");

    @Inject
    DataSource dataSource;

    static ValidatableResponse problem(ValidatableResponse response, int status) {
        return response.statusCode(status).contentType(startsWith("application/problem+json")).body("status", equalTo(status));
    }

    @Test
    void aPageNumberPastAMillionIsABadRequestNotAnOverflow() {
        // 2147483647 * 20 overflows an int into a negative offset: the 500 of the issue
        problem(given().auth().oauth2(PRODUCER).queryParam("page", 2147483647).get("/productions").then(), 400)
                .body("errors[0].field", equalTo("page"));
        problem(given().auth().oauth2(PRODUCER).queryParam("page", 1_000_001).get("/suppliers").then(), 400)
                .body("errors[0].field", equalTo("page"));
        // the last page allowed: 1,000,000 pages of 200 is an offset of 200,000,000, an empty page
        given().auth().oauth2(PRODUCER).queryParam("page", 1_000_000).queryParam("size", 200).get("/productions").then()
                .statusCode(200).body("items.size()", equalTo(0));
        // beyond an int altogether
        problem(given().auth().oauth2(PRODUCER).queryParam("page", "99999999999").get("/productions").then(), 400);
    }

    @Test
    void theNulCharacterInAQueryOrABodyIsABadRequestAndNothingIsStored() throws SQLException {
        problem(given().auth().oauth2(PRODUCER).urlEncodingEnabled(false).get("/suppliers?name=Loueur%00Nuit").then(), 400)
                .body("detail", containsString("NUL"));
        long productions = BudgetApi.count(dataSource, "production");
        problem(given().auth().oauth2(PRODUCER).contentType(ContentType.JSON).body("""
                {"title": "La Nuit\\u0000du Phare", "kind": "FEATURE_FILM",
                 "delegatedProducer": {"name": "Les Films du Quai", "siret": "73282932000074"}}""")
                .post("/productions").then(), 400)
                .body("errors[0].field", equalTo("title"))
                .body("errors[0].reason", equalTo("must not contain the NUL character (U+0000)"));
        assertEquals(productions, BudgetApi.count(dataSource, "production"));
    }

    @Test
    void valuesPastTheBoundsTheContractStatesAreBadRequestsAndNothingIsStored() throws SQLException {
        long productions = BudgetApi.count(dataSource, "production");
        // JsonInputLimits: a string of 10 001 characters is refused while reading, before the field's own @Size(max = 300)
        problem(given().auth().oauth2(PRODUCER).contentType(ContentType.JSON).body("""
                {"title": "%s", "kind": "FEATURE_FILM",
                 "delegatedProducer": {"name": "Les Films du Quai", "siret": "73282932000074"}}""".formatted("x".repeat(10_001)))
                .post("/productions").then(), 400)
                .body("errors[0].field", equalTo("title"))
                .body("errors[0].reason", equalTo("must be at most 10000 characters long (got 10001)"));
        // exactly 10 000 passes the reading and meets the field's tighter bound
        problem(given().auth().oauth2(PRODUCER).contentType(ContentType.JSON).body("""
                {"title": "%s", "kind": "FEATURE_FILM",
                 "delegatedProducer": {"name": "Les Films du Quai", "siret": "73282932000074"}}""".formatted("x".repeat(10_000)))
                .post("/productions").then(), 400)
                .body("errors[0].field", equalTo("title")).body("errors[0].reason", not(containsString("10000")));
        // a list of 10 001 items is refused while reading; 10 000 reach the field's @Size(max = 10)
        String tooMany = String.join(",", java.util.Collections.nCopies(10_001, "\"fr\""));
        problem(given().auth().oauth2(PRODUCER).contentType(ContentType.JSON).body("""
                {"title": "Film", "kind": "FEATURE_FILM", "originalLanguages": [%s],
                 "delegatedProducer": {"name": "Les Films du Quai", "siret": "73282932000074"}}""".formatted(tooMany))
                .post("/productions").then(), 400)
                .body("errors[0].field", equalTo("originalLanguages"))
                .body("errors[0].reason", equalTo("must have at most 10000 items (got 10001)"));
        String atTheBound = String.join(",", java.util.Collections.nCopies(10_000, "\"fr\""));
        problem(given().auth().oauth2(PRODUCER).contentType(ContentType.JSON).body("""
                {"title": "Film", "kind": "FEATURE_FILM", "originalLanguages": [%s],
                 "delegatedProducer": {"name": "Les Films du Quai", "siret": "73282932000074"}}""".formatted(atTheBound))
                .post("/productions").then(), 400)
                .body("errors[0].field", equalTo("originalLanguages")).body("errors[0].reason", not(containsString("10000")));
        assertEquals(productions, BudgetApi.count(dataSource, "production"));
        // query and path values: 200 characters are read, 201 refused (KnownQueryParameters.VALUE_MAX_LENGTH)
        given().auth().oauth2(PRODUCER).queryParam("name", "n".repeat(200)).get("/suppliers").then().statusCode(200);
        problem(given().auth().oauth2(PRODUCER).queryParam("name", "n".repeat(201)).get("/suppliers").then(), 400)
                .body("errors[0].field", equalTo("name"))
                .body("errors[0].reason", equalTo("must be at most 200 characters long (got 201)"));
        problem(given().auth().oauth2(PRODUCER).get("/budget-templates/" + "t".repeat(201)).then(), 400)
                .body("errors[0].field", equalTo("templateCode"));
    }

    @Test
    void aBodyOverTenMebibytesIsA413WithProblemDetails() {
        String big = "{\"title\": \"" + "x".repeat(11 * 1024 * 1024) + "\"}";
        problem(given().auth().oauth2(PRODUCER).contentType(ContentType.JSON).body(big).post("/productions").then(), 413)
                .body("detail", containsString("larger than"));
    }

    @Test
    void aChunkedBodyIsReadWholeAndOneOverTheLimitIsA413WithProblemDetails() throws SQLException {
        // No Content-Length: the body is read as it comes (BodyLimit reads it on the I/O thread), up to the limit.
        long productions = BudgetApi.count(dataSource, "production");
        String film = """
                {"title": "Film en morceaux", "kind": "FEATURE_FILM", "originalLanguages": ["fr"],
                 "delegatedProducer": {"name": "Les Films du Quai", "siret": "73282932000074"}}""";
        given().auth().oauth2(PRODUCER).contentType(ContentType.JSON)
                .body(new ByteArrayInputStream(film.getBytes(StandardCharsets.UTF_8))).post("/productions").then()
                .statusCode(201).body("title", equalTo("Film en morceaux"));
        byte[] big = ("{\"title\": \"" + "x".repeat(11 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        problem(given().auth().oauth2(PRODUCER).contentType(ContentType.JSON).body(new ByteArrayInputStream(big))
                .post("/productions").then(), 413).body("detail", containsString("larger than"));
        assertEquals(productions + 1, BudgetApi.count(dataSource, "production"));
    }

    @Test
    void aValueOfTheWrongTypeIsExplainedInJsonWordsNeverJavaTypes() {
        problem(given().auth().oauth2(PRODUCER).contentType(ContentType.JSON).body("""
                {"title": "Film", "kind": "FEATURE_FILM", "plannedShootingStart": "le 3 mars",
                 "delegatedProducer": {"name": "Les Films du Quai", "siret": "73282932000074"}}""")
                .post("/productions").then(), 400)
                .body("errors[0].field", equalTo("plannedShootingStart"))
                .body("errors[0].reason", equalTo("'le 3 mars' is not a date (YYYY-MM-DD)"))
                .body(not(containsString("java.")));
        problem(given().auth().oauth2(PRODUCER).contentType(ContentType.JSON).body("""
                {"title": ["Film"], "kind": "FEATURE_FILM",
                 "delegatedProducer": {"name": "Les Films du Quai", "siret": "73282932000074"}}""")
                .post("/productions").then(), 400)
                .body("errors[0].field", equalTo("title")).body("errors[0].reason", equalTo("expected a string"))
                .body(not(containsString("java."))).body(not(containsString("fr.bobine")));
        problem(given().auth().oauth2(PRODUCER).get("/productions/not-a-uuid").then(), 400)
                .body(not(containsString("java."))).body(not(containsString("UUID.fromString")));
    }

    @Test
    void everyResponseCarriesTheSecurityHeadersAndApiAnswersAreNeverStored() {
        for (ValidatableResponse response : java.util.List.of(
                given().auth().oauth2(PRODUCER).get("/productions").then().statusCode(200),
                given().get("/productions").then().statusCode(401),
                given().auth().oauth2(PRODUCER).get("/no-such-path").then().statusCode(404))) {
            response.header("X-Content-Type-Options", "nosniff").header("X-Frame-Options", "DENY")
                    .header("Referrer-Policy", "no-referrer");
        }
        given().auth().oauth2(PRODUCER).get("/productions").then().header("Cache-Control", "no-store")
                .header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        given().get("/q/openapi").then().statusCode(200).header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void healthAndMetricsAnswerOnlyOnTheManagementInterface() {
        given().get("/q/metrics").then().statusCode(404);
        given().get("/q/health/ready").then().statusCode(404);
        int management = ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class);
        given().port(management).get("/q/health/ready").then().statusCode(200);
        given().port(management).get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests"));
    }
}
