package fr.bobine.rights.isan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import fr.bobine.rights.Fixtures;
import fr.bobine.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class IsanResourceTest {

    static final String MANAGER = TestTokens.forRoles("rights-manager");

    @Inject
    DataSource dataSource;

    @Test
    void aValidIsanIsRegisteredAndAWrongCheckCharacterChangesNothing() {
        UUID production = Fixtures.production(dataSource, "ISAN");
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body("{\"isan\": \"1881-66C7-3420-6541-Z-9F3A-0245-O\"}")
                .put("/productions/{p}/isan", production).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("isan")).body("detail", containsString("expected Y"));
        assertEquals(0, Fixtures.count(dataSource, "select count(*) from production_isan where production_id = ?", production));
        given().auth().oauth2(MANAGER).get("/productions/{p}/isan", production).then().statusCode(404);

        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body("{\"isan\": \"188166C734206541Y9F3A0245O\"}")
                .put("/productions/{p}/isan", production).then().statusCode(200)
                .body("isan", equalTo("1881-66C7-3420-6541-Y-9F3A-0245-O")).body("root", equalTo("188166C73420"))
                .body("episode", equalTo("6541")).body("version", equalTo("9F3A0245"));
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body("{\"isan\": \"1881-66C7-3420-6541-Y-9F3A-0245-P\"}")
                .put("/productions/{p}/isan", production).then().statusCode(400);
        given().auth().oauth2(TestTokens.forRoles("auditor")).get("/productions/{p}/isan", production).then().statusCode(200)
                .body("isan", equalTo("1881-66C7-3420-6541-Y-9F3A-0245-O"));
        given().auth().oauth2(TestTokens.forRoles("auditor")).contentType(ContentType.JSON)
                .body("{\"isan\": \"0000-0001-8947-0000-8-0000-0000-D\"}").put("/productions/{p}/isan", production).then().statusCode(403);
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body("{\"isan\": \"0000-0001-8947-0000-8-0000-0000-D\"}")
                .put("/productions/{p}/isan", UUID.randomUUID()).then().statusCode(404);
    }
}
