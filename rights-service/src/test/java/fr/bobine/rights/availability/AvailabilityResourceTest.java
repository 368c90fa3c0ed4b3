package fr.bobine.rights.availability;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.bobine.rights.Fixtures;
import fr.bobine.testing.BobineStack;
import fr.bobine.testing.Eventually;
import fr.bobine.testing.TestEvents;
import fr.bobine.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Availability from signed rights contracts and distribution.contract.signed received through the real broker. */
@QuarkusTest
class AvailabilityResourceTest {

    static final String MANAGER = TestTokens.forRoles("rights-manager");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    DataSource dataSource;

    @Test
    void aCanalPlusLicenceWithAnSvodHoldbackMakesPayTvAndEarlySvodUnavailableInFrance() {
        UUID production = Fixtures.production(dataSource, "Disponibilités");
        String work = given().auth().oauth2(MANAGER).contentType(ContentType.JSON)
                .body("{\"kind\": \"SCREENPLAY\", \"title\": \"Scénario original\", \"holders\": []}")
                .post("/productions/{p}/works", production).then().statusCode(201).extract().path("id");
        String contract = given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body("""
                {"workId": "%s", "kind": "ASSIGNMENT", "holderName": "Claire Vasseur", "blocks": [{"media": ["THEATRICAL", "PAY_TV",
                 "SVOD", "FREE_TV"], "territories": ["WW"], "termStart": "2026-01-01", "termEnd": "2055-12-31", "exclusive": true}],
                 "remuneration": {"flatFees": [{"label": "Forfait", "amount": {"amount": "30000.00", "currency": "EUR"},
                 "trigger": "ON_SIGNATURE"}]}}""".formatted(work)).post("/productions/{p}/rights-contracts", production).then()
                .statusCode(201).extract().path("id");
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"signedOn\": \"2026-02-01\", \"signedBy\": \"Camille Ferrand\"}")
                .post("/productions/{p}/rights-contracts/{c}/signature", production, contract).then().statusCode(200);

        ObjectNode canal = TestEvents.event("/distribution-service", "distribution.contract.signed", production.toString(), TestEvents.map(
                "contractId", UUID.randomUUID().toString(), "productionId", production.toString(), "counterpartyName", "Canal+",
                "counterpartyKind", "BROADCASTER", "signedOn", "2026-06-01",
                "rightsBlocks", List.of(TestEvents.map("media", List.of("PAY_TV"), "territories", List.of("FR"), "languages", List.of("fr"),
                        "termStart", "2027-03-01", "termEnd", "2028-02-29", "exclusive", true,
                        "holdbacks", List.of(TestEvents.map("media", "SVOD", "until", "2028-03-01")))),
                "minimumGuarantee", null, "instalments", List.of(), "commissionRate", null, "expenseCap", null,
                "reportingFrequency", "YEARLY"));
        TestEvents.send(bootstrap, BobineStack.topic("distribution"), production.toString(), canal.toString());
        Eventually.within(Duration.ofSeconds(30), () -> given().auth().oauth2(MANAGER).queryParam("media", "PAY_TV")
                .queryParam("territory", "FR").queryParam("from", "2027-06-01").queryParam("to", "2027-12-31")
                .get("/productions/{p}/availability", production).then().statusCode(200).body("available", equalTo(false)));

        given().auth().oauth2(TestTokens.forRoles("distribution-manager")).queryParam("media", "PAY_TV").queryParam("territory", "FR")
                .queryParam("language", "fr").queryParam("from", "2027-06-01").queryParam("to", "2027-12-31").queryParam("exclusive", true)
                .get("/productions/{p}/availability", production).then().statusCode(200)
                .body("available", equalTo(false))
                .body("reasons", equalTo(List.of("already licensed exclusively to Canal+ for PAY_TV in FR from 2027-03-01 to 2028-02-29")));
        given().auth().oauth2(MANAGER).queryParam("media", "SVOD").queryParam("territory", "FR").queryParam("from", "2027-09-01")
                .queryParam("to", "2029-08-31").get("/productions/{p}/availability", production).then().statusCode(200)
                .body("reasons", equalTo(List.of("holdback in Canal+'s licence: no SVOD in FR before 2028-03-01")));
        given().auth().oauth2(MANAGER).queryParam("media", "SVOD").queryParam("territory", "BE").queryParam("from", "2027-09-01")
                .queryParam("to", "2029-08-31").queryParam("exclusive", true).get("/productions/{p}/availability", production).then()
                .statusCode(200).body("available", equalTo(true));
        given().auth().oauth2(MANAGER).queryParam("media", "VIDEO").queryParam("territory", "FR").queryParam("from", "2027-09-01")
                .queryParam("to", "2029-08-31").get("/productions/{p}/availability", production).then().statusCode(200)
                .body("reasons", equalTo(List.of("not acquired upstream from \"Scénario original\": no VIDEO rights in FR")));
    }

    @Test
    void anUnknownTerritoryOrAReversedTermIsABadRequest() {
        UUID production = Fixtures.production(dataSource, "Disponibilités refusées");
        given().auth().oauth2(MANAGER).queryParam("media", "SVOD").queryParam("territory", "XX").queryParam("from", "2027-01-01")
                .queryParam("to", "2027-12-31").get("/productions/{p}/availability", production).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("territory"));
        given().auth().oauth2(MANAGER).queryParam("media", "SVOD").queryParam("territory", "FR").queryParam("from", "2027-12-31")
                .queryParam("to", "2027-01-01").get("/productions/{p}/availability", production).then().statusCode(400)
                .body("errors.field", hasItem("to"));
    }

    @Test
    void anAmendedLicenceFreesWhatItNoLongerCovers() {
        UUID production = Fixtures.production(dataSource, "Licence amendée");
        String work = given().auth().oauth2(MANAGER).contentType(ContentType.JSON)
                .body("{\"kind\": \"SCREENPLAY\", \"title\": \"Scénario\", \"holders\": []}")
                .post("/productions/{p}/works", production).then().statusCode(201).extract().path("id");
        String contract = given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body("""
                {"workId": "%s", "kind": "ASSIGNMENT", "holderName": "Claire Vasseur", "blocks": [{"media": ["PAY_TV"],
                 "territories": ["WW"], "termStart": "2026-01-01", "termEnd": "2055-12-31", "exclusive": true}],
                 "remuneration": {"flatFees": [{"label": "Forfait", "amount": {"amount": "1000.00", "currency": "EUR"},
                 "trigger": "ON_SIGNATURE"}]}}""".formatted(work)).post("/productions/{p}/rights-contracts", production).then()
                .statusCode(201).extract().path("id");
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"signedOn\": \"2026-02-01\", \"signedBy\": \"Camille Ferrand\"}")
                .post("/productions/{p}/rights-contracts/{c}/signature", production, contract).then().statusCode(200);
        UUID licence = UUID.randomUUID();
        String topic = BobineStack.topic("distribution");
        // Canal+ licensed exclusively PAY_TV in France from 2027-03-01 to 2028-02-29
        TestEvents.send(bootstrap, topic, production.toString(), signed(production, licence, "FR", "2028-02-29").toString());
        // amendment 1 ends Canal+'s licence on 2027-06-30 (sent twice: the inbox drops the second), amendment 2 on
        // 2027-04-30; amendment 1 re-sent afterwards under a new event id does not bring 2027-06-30 back
        ObjectNode first = amendment(production, licence, 1, "2027-06-30");
        TestEvents.send(bootstrap, topic, production.toString(), first.toString());
        TestEvents.send(bootstrap, topic, production.toString(), first.toString());
        TestEvents.send(bootstrap, topic, production.toString(), amendment(production, licence, 2, "2027-04-30").toString());
        ObjectNode replayed = first.deepCopy();
        replayed.put("id", UUID.randomUUID().toString());
        TestEvents.send(bootstrap, topic, production.toString(), replayed.toString());
        // a marker on the same key: once its licence is in, the events before it were applied
        UUID marker = UUID.randomUUID();
        TestEvents.send(bootstrap, topic, production.toString(), signed(production, marker, "BE", "2028-02-29").toString());
        Eventually.within(Duration.ofSeconds(30), () -> assertEquals(1,
                Fixtures.count(dataSource, "select count(*) from granted_licence where contract_id = ?", marker)));
        assertEquals(2, Fixtures.count(dataSource, "select amendment_number from granted_licence where contract_id = ?", licence));
        given().auth().oauth2(MANAGER).queryParam("media", "PAY_TV").queryParam("territory", "FR").queryParam("from", "2027-05-01")
                .queryParam("to", "2027-06-30").queryParam("exclusive", true).get("/productions/{p}/availability", production)
                .then().statusCode(200).body("available", equalTo(true));
        given().auth().oauth2(MANAGER).queryParam("media", "PAY_TV").queryParam("territory", "FR").queryParam("from", "2027-03-01")
                .queryParam("to", "2027-04-30").queryParam("exclusive", true).get("/productions/{p}/availability", production).then()
                .statusCode(200).body("available", equalTo(false));
    }

    static ObjectNode signed(UUID production, UUID contract, String territory, String termEnd) {
        return TestEvents.event("/distribution-service", "distribution.contract.signed", production.toString(), TestEvents.map(
                "contractId", contract.toString(), "productionId", production.toString(), "counterpartyName", "Canal+",
                "counterpartyKind", "BROADCASTER", "signedOn", "2026-06-01", "rightsBlocks", List.of(payTv(territory, termEnd)),
                "minimumGuarantee", null, "instalments", List.of(), "commissionRate", null, "expenseCap", null,
                "reportingFrequency", "YEARLY"));
    }

    static ObjectNode amendment(UUID production, UUID contract, int number, String termEnd) {
        return TestEvents.event("/distribution-service", "distribution.contract.amended", production.toString(),
                TestEvents.map("amendmentId", UUID.randomUUID().toString(), "contractId", contract.toString(),
                        "productionId", production.toString(), "number", number, "signedOn", "2026-12-01",
                        "reason", "Fenêtre raccourcie", "changes", List.of("rightsBlocks"), "counterpartyName", "Canal+",
                        "counterpartyKind", "BROADCASTER", "rightsBlocks", List.of(payTv("FR", termEnd)), "minimumGuarantee", null,
                        "previousMinimumGuarantee", null, "instalments", List.of(), "commissionRate", null, "expenseCap", null,
                        "reportingFrequency", "YEARLY"));
    }

    static Map<String, Object> payTv(String territory, String termEnd) {
        return TestEvents.map("media", List.of("PAY_TV"), "territories", List.of(territory), "languages", List.of("fr"),
                "termStart", "2027-03-01", "termEnd", termEnd, "exclusive", true, "holdbacks", List.of());
    }
}
