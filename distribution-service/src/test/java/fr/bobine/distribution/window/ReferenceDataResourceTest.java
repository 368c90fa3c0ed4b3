package fr.bobine.distribution.window;

import static fr.bobine.distribution.Fixtures.AUDITOR;
import static fr.bobine.distribution.Fixtures.MANAGER;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Dated reference data (media windows, festival premiere rules) is seeded by migration and editable through the API. */
@QuarkusTest
class ReferenceDataResourceTest {

    @Test
    void theSeededChronologyIsReadByDateAndANewAccordCanBeAdded() {
        given().auth().oauth2(AUDITOR).queryParam("on", "2026-06-03").get("/media-windows").then().statusCode(200)
                .body("items.find { it.code == 'SVOD_DISNEY' }.monthsAfterRelease", equalTo(9))
                .body("items.find { it.code == 'AVOD' }.verified", equalTo(false));
        given().auth().oauth2(AUDITOR).queryParam("on", "2024-06-05").get("/media-windows").then().statusCode(200)
                .body("items.code", not(hasItem("SVOD_DISNEY")));
        String code = "SVOD_TEST_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String window = """
                {"code": "%s", "accord": "avenant de test", "media": "SVOD", "monthsAfterRelease": 12, "defaultForMedia": false,
                 "condition": null, "verified": false, "validFrom": "2028-02-10", "validTo": null}""".formatted(code);
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body(window).post("/media-windows").then().statusCode(201)
                .body("code", equalTo(code));
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body(window.replace("2028-02-10", "2029-01-01"))
                .post("/media-windows").then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(AUDITOR).contentType(ContentType.JSON).body(window).post("/media-windows").then().statusCode(403);
    }

    @Test
    void aFestivalChangingItsRulesGetsANewDatedVersion() {
        String code = "TEST_FEST_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String rule = """
                {"code": "%s", "festival": "Festival de test", "section": "Compétition", "noEarlierPublicScreening": false,
                 "noScreeningOutsideOrigin": true, "noInternationalFestival": true, "noOnline": true,
                 "onlineGeoBlockedToOriginAllowed": false, "noTelevision": false, "noScreeningInEuropeOutsideOrigin": false,
                 "forbiddenCountries": ["DE"], "validFrom": "2026-01-01", "validTo": "2027-12-31", "source": "règlement 2026"}""".formatted(code);
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body(rule).post("/premiere-rules").then().statusCode(201);
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body(rule.replace("2026-01-01", "2027-06-01")
                .replace("2027-12-31", "2028-12-31")).post("/premiere-rules").then().statusCode(409);
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body(rule.replace("2026-01-01", "2028-01-01")
                .replace("2027-12-31", "2028-12-31").replace("\"onlineGeoBlockedToOriginAllowed\": false",
                        "\"onlineGeoBlockedToOriginAllowed\": true")).post("/premiere-rules").then().statusCode(201);
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body(rule.replace("[\"DE\"]", "[\"XZ\"]")
                .replace("2026-01-01", "2030-01-01").replace("2027-12-31", "2030-12-31")).post("/premiere-rules").then()
                .statusCode(400);
        given().auth().oauth2(AUDITOR).queryParam("on", "2028-03-01").get("/premiere-rules").then().statusCode(200)
                .body("items.find { it.code == '" + code + "' }.onlineGeoBlockedToOriginAllowed", equalTo(true));
        given().auth().oauth2(AUDITOR).queryParam("on", "2027-03-01").get("/premiere-rules").then().statusCode(200)
                .body("items.find { it.code == '" + code + "' }.onlineGeoBlockedToOriginAllowed", equalTo(false))
                .body("items.find { it.code == 'VENICE' }.noEarlierPublicScreening", equalTo(true));
    }
}
