package fr.bobine.budget;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import fr.bobine.platform.security.Roles;
import fr.bobine.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

/**
 * What a browser and a generated client meet before any business rule: CORS for the configured origins, and the
 * platform's refusal of parameters the contract does not know. The rules are the platform's, shared by the four
 * services; budget-service shows them.
 */
@QuarkusTest
class FrontDoorTest {

    private final String token = TestTokens.forRoles(Roles.PRODUCER);

    @Test
    void aPreflightFromTheEdgeOriginIsAllowedAndExposesTheHeadersClientsRead() {
        given().header("Origin", "http://localhost:8080").header("Access-Control-Request-Method", "PATCH")
                .header("Access-Control-Request-Headers", "authorization,if-match,content-type")
                .options("/productions/0f8fad5b-d9cb-469f-a165-70867728950e")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("http://localhost:8080"))
                .header("Access-Control-Allow-Methods", containsString("PATCH"))
                .header("Access-Control-Allow-Headers", containsString("If-Match"));
        given().auth().oauth2(token).header("Origin", "http://localhost:5173").get("/productions")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("http://localhost:5173"))
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("Access-Control-Expose-Headers", containsString("Location"))
                .header("Access-Control-Expose-Headers", containsString("Content-Disposition"));
    }

    @Test
    void aPreflightFromAnotherOriginIsRefused() {
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "GET")
                .options("/productions")
                .then().statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void anUnknownQueryParameterIsA400NamingIt() {
        given().auth().oauth2(token).get("/productions?stauts=SHOOTING")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("stauts"))
                .body("detail", containsString("unknown query parameter"));
    }

    @Test
    void aMalformedIdInAPathIsA400NotA404() {
        given().auth().oauth2(token).get("/productions/not-a-uuid")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("productionId"))
                .body("errors[0].reason", containsString("is not a UUID"));
    }
}
