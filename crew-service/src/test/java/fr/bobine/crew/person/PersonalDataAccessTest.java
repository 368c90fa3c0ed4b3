package fr.bobine.crew.person;

import static fr.bobine.crew.CrewFixtures.count;
import static fr.bobine.crew.CrewFixtures.personJson;
import static fr.bobine.crew.CrewFixtures.randomNir;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import fr.bobine.crew.CrewFixtures;
import fr.bobine.testing.BobineStack;
import fr.bobine.testing.Eventually;
import fr.bobine.testing.TestEvents;
import fr.bobine.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Who reads whom, and who sees whom: every person a bulk or masked read shows gets an audit record the auditor can
 * list; the NIR of a registration is payroll's alone, so a 409 tells nobody else that a NIR is registered; a
 * production-scoped role sees the people engaged on its productions and those it registered, nobody else.
 */
@QuarkusTest
class PersonalDataAccessTest {

    static final String AUDITOR = TestTokens.forUser("cac@bobine.local", "auditor");
    static final String PAYROLL = TestTokens.forUser("paie@bobine.local", "payroll");

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    static String tag() {
        return "Lecture" + UUID.randomUUID().toString().substring(0, 6);
    }

    static String register(String token, String lastName, String nir) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(personJson(lastName, nir, null)).post("/people")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void aBulkSearchWritesOneAuditRecordPerPersonReadInFullOrMaskedAndTheAuditorListsThem() {
        String tag = tag();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(register(CrewFixtures.PAYROLL, tag + i, randomNir()));
        }
        given().auth().oauth2(CrewFixtures.PAYROLL).queryParam("name", tag).queryParam("size", 200).get("/people").then()
                .statusCode(200).body("totalItems", equalTo(3)).header("Cache-Control", "no-store");
        given().auth().oauth2(CrewFixtures.MANAGER).queryParam("name", tag).get("/people").then().statusCode(200)
                .body("items[0].masked", equalTo(true));
        for (String id : ids) {
            given().auth().oauth2(AUDITOR).queryParam("entityType", "person").queryParam("entityId", id)
                    .queryParam("action", PersonalDataReads.FULL).get("/audit-records").then().statusCode(200)
                    .body("items.after.operation", hasItem("searchPeople"))
                    .body("items.actor", hasItem("test@bobine.local"));
            given().auth().oauth2(AUDITOR).queryParam("entityType", "person").queryParam("entityId", id)
                    .queryParam("action", PersonalDataReads.MASKED).get("/audit-records").then().statusCode(200)
                    .body("items.after.operation", hasItem("searchPeople"));
        }
        // the audit trail is the auditor's
        given().auth().oauth2(CrewFixtures.PAYROLL).get("/audit-records").then().statusCode(403);
    }

    @Test
    void readingAProductionsContractsIsAReadOfEachPersonEngaged() {
        UUID production = CrewFixtures.production(bootstrap, "Lectures " + UUID.randomUUID());
        String person = CrewFixtures.person(tag());
        CrewFixtures.signedContract(production, person, "2400.00");
        given().auth().oauth2(CrewFixtures.MANAGER).get("/productions/{p}/contracts", production).then().statusCode(200);
        given().auth().oauth2(AUDITOR).queryParam("entityType", "person").queryParam("entityId", person)
                .queryParam("action", PersonalDataReads.MASKED).get("/audit-records").then().statusCode(200)
                .body("items.after.operation", hasItem("listContracts"));
    }

    @Test
    void onlyPayrollRegistersANirSoNoOtherRoleLearnsWhichNirsAreRegistered() {
        String nir = randomNir();
        register(CrewFixtures.PAYROLL, tag(), nir);
        long people = count(dataSource, "select count(*) from person");
        // the same NIR by a production manager: refused before any lookup, exactly as a new NIR would be
        for (String candidate : List.of(nir, randomNir())) {
            given().auth().oauth2(CrewFixtures.MANAGER).contentType(ContentType.JSON).body(personJson(tag(), candidate, null))
                    .post("/people").then().statusCode(403).contentType("application/problem+json")
                    .body("type", equalTo("urn:bobine:problem:nir-reserved-to-payroll"));
        }
        assertEquals(people, count(dataSource, "select count(*) from person"));
        // without a NIR the production manager registers the person, and payroll adds the NIR later
        register(CrewFixtures.MANAGER, tag(), null);
    }

    @Test
    void aProductionManagerSeesThePeopleOfTheirProductionsAndThoseTheyRegisteredNobodyElse() {
        String user = "dp-" + UUID.randomUUID().toString().substring(0, 8) + "@bobine.local";
        String manager = TestTokens.forUser(user, "production-manager");
        UUID production = CrewFixtures.production(bootstrap, "Visibilité " + UUID.randomUUID());
        String tag = tag();
        String engaged = CrewFixtures.person(tag + "Engagee");
        CrewFixtures.signedContract(production, engaged, "2400.00");
        String stranger = CrewFixtures.person(tag + "Inconnue");

        given().auth().oauth2(manager).queryParam("name", tag).get("/people").then().statusCode(200).body("totalItems", equalTo(0));
        given().auth().oauth2(manager).get("/people/{id}", engaged).then().statusCode(404);
        given().auth().oauth2(manager).get("/productions/{p}/contracts", production).then().statusCode(404);

        // budget-service makes them a member of the production
        TestEvents.send(bootstrap, BobineStack.topic("budget"), TestEvents.event("/budget-service", "production.member.granted",
                production.toString(), TestEvents.map("memberId", UUID.randomUUID().toString(), "productionId",
                        production.toString(), "user", user, "roles", List.of("production-manager"), "version", 0)));
        Eventually.within(Duration.ofSeconds(30), () -> given().auth().oauth2(manager).get("/productions/{p}/contracts", production)
                .then().statusCode(200));
        given().auth().oauth2(manager).queryParam("name", tag).get("/people").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].id", equalTo(engaged));
        given().auth().oauth2(manager).get("/people/{id}", engaged).then().statusCode(200);
        given().auth().oauth2(manager).get("/people/{id}", stranger).then().statusCode(404);
        // someone they register themselves, before any contract
        String own = register(manager, tag + "Nouvelle", null);
        given().auth().oauth2(manager).get("/people/{id}", own).then().statusCode(200);
        given().auth().oauth2(manager).queryParam("name", tag).get("/people").then().body("totalItems", equalTo(2));
    }
}
