package fr.bobine.crew.person;

import static fr.bobine.crew.CrewFixtures.AUDITOR;
import static fr.bobine.crew.CrewFixtures.MANAGER;
import static fr.bobine.crew.CrewFixtures.PAYROLL;
import static fr.bobine.crew.CrewFixtures.PRODUCER;
import static fr.bobine.crew.CrewFixtures.count;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import fr.bobine.crew.CrewFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Payroll pseudonymises a person once their payroll records have been kept 5 years (C. trav. L3243-4, R1221-26), counted
 * from the end of their last contract. Dates are relative to today: a contract ended 5 years and a day ago is past the
 * period; one ended exactly 5 years ago is on its last day.
 */
@QuarkusTest
class PersonRetentionResourceTest {

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));

    /** A signed 2-week contract of {@code person} ending on {@code end}. */
    static String contractEndingOn(UUID production, String person, LocalDate end) {
        String json = CrewFixtures.contractJson(person, "3097-1ER-ASS-OP", "1400.00", end.toString())
                .replace("\"startDate\": \"2027-03-01\"", "\"startDate\": \"" + end.minusDays(13) + "\"");
        String id = given().auth().oauth2(PAYROLL).contentType(ContentType.JSON).body(json)
                .post("/productions/{p}/contracts", production).then().statusCode(201).extract().path("id");
        given().auth().oauth2(PRODUCER).post("/productions/{p}/contracts/{c}/signature", production, id).then().statusCode(200);
        return id;
    }

    static String etag(String person) {
        return given().auth().oauth2(PAYROLL).get("/people/{id}", person).then().statusCode(200).extract().header("ETag");
    }

    @Test
    void aPersonIsPseudonymisedOnceTheRetentionPeriodIsOverAndKeepsWhatPayrollHistoryNeeds() {
        UUID production = CrewFixtures.production(bootstrap, "Anciens contrats");
        String nir = CrewFixtures.randomNir();
        String former = given().auth().oauth2(PAYROLL).contentType(ContentType.JSON)
                .body(CrewFixtures.personJson("Le Dantec", nir, "FR7630006000011234567890189")).post("/people")
                .then().statusCode(201).extract().path("id");
        String employeeNumber = given().auth().oauth2(PAYROLL).get("/people/{id}", former).then().extract().path("employeeNumber");
        LocalDate overByOneDay = TODAY.minusYears(5).minusDays(1);
        String contract = contractEndingOn(production, former, overByOneDay);
        String recent = CrewFixtures.person("Le Dantec");
        contractEndingOn(production, recent, TODAY.minusYears(5));

        given().auth().oauth2(PAYROLL).queryParam("size", 200).get("/people/pseudonymisation-candidates").then().statusCode(200)
                .body("items.find { it.personId == '%s' }.lastPayrollRecord".formatted(former), equalTo(overByOneDay.toString()))
                .body("items.find { it.personId == '%s' }.retainedUntil".formatted(former),
                        equalTo(overByOneDay.plusYears(5).toString()))
                .body("items.personId", not(hasItem(recent)));

        given().auth().oauth2(PAYROLL).post("/people/{id}/pseudonymisation", former).then().statusCode(428);
        String etag = given().auth().oauth2(PAYROLL).header("If-Match", etag(former))
                .post("/people/{id}/pseudonymisation", former).then().statusCode(200)
                .body("employeeNumber", equalTo(employeeNumber))
                .body("kind", equalTo("TECHNICIAN"))
                .body("lastName", equalTo(employeeNumber))
                .body("firstNames", equalTo(""))
                .body("sex", nullValue())
                .body("nir", nullValue())
                .body("birthDate", nullValue())
                .body("address", nullValue())
                .body("iban", nullValue())
                .body("congesSpectaclesNumber", nullValue())
                .body("medicalVisitDate", nullValue())
                .body("pseudonymisedAt", notNullValue())
                .extract().header("ETag");
        assertEquals(1, count(dataSource, "select count(*) from person where id = cast(? as uuid) and personal_data is null "
                + "and nir_fingerprint is null", former));
        assertEquals(1, count(dataSource, "select count(*) from audit_record where action = 'person.pseudonymise' "
                + "and entity_id = ?", former));

        // payroll history is still there, under the employee number
        given().auth().oauth2(AUDITOR).get("/productions/{p}/contracts/{c}", production, contract).then().statusCode(200)
                .body("personId", equalTo(former));
        given().auth().oauth2(PAYROLL).header("If-Match", etag).post("/people/{id}/pseudonymisation", former).then()
                .statusCode(409);
        given().auth().oauth2(PAYROLL).header("If-Match", etag).contentType(ContentType.JSON)
                .body(CrewFixtures.personJson("Le Dantec", nir, null)).put("/people/{id}", former).then().statusCode(409);
        given().auth().oauth2(PAYROLL).contentType(ContentType.JSON)
                .body(CrewFixtures.contractJson(former, "3097-1ER-ASS-OP", "1400.00", "2027-04-11"))
                .post("/productions/{p}/contracts", production).then().statusCode(409);
        // the NIR is free again: the person can be registered anew, under a new employee number
        given().auth().oauth2(PAYROLL).contentType(ContentType.JSON)
                .body(CrewFixtures.personJson("Le Dantec", nir, null)).post("/people").then().statusCode(201);
    }

    @Test
    void beforeTheEndOfTheRetentionPeriodPseudonymisationIsRefusedAndNothingChanges() {
        UUID production = CrewFixtures.production(bootstrap, "Contrats récents");
        String person = CrewFixtures.person("Cadiou");
        LocalDate lastDay = TODAY.minusYears(5);
        contractEndingOn(production, person, lastDay);
        given().auth().oauth2(PAYROLL).header("If-Match", etag(person)).post("/people/{id}/pseudonymisation", person).then()
                .statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:bobine:problem:retention-period-running"));
        given().auth().oauth2(PAYROLL).get("/people/{id}", person).then().statusCode(200)
                .body("lastName", equalTo("Cadiou")).body("pseudonymisedAt", nullValue());
        given().auth().oauth2(MANAGER).header("If-Match", etag(person)).post("/people/{id}/pseudonymisation", person).then()
                .statusCode(403);
    }

    /** The period is dated reference data: a new one closes the previous; the same start again is 409. */
    @Test
    void retentionPeriodsAreDatedAndEditable() {
        given().auth().oauth2(AUDITOR).get("/reference/retention-periods").then().statusCode(200)
                .body("items.find { it.code == 'PAYROLL_RECORDS' }.years", equalTo(5));
        String period = """
                {"code": "TEST_RECORDS", "years": %d, "validFrom": "%s", "source": "test"}""";
        given().auth().oauth2(PAYROLL).contentType(ContentType.JSON).body(period.formatted(3, "2090-01-01"))
                .post("/reference/retention-periods").then().statusCode(201).body("years", equalTo(3));
        given().auth().oauth2(PAYROLL).contentType(ContentType.JSON).body(period.formatted(4, "2091-01-01"))
                .post("/reference/retention-periods").then().statusCode(201);
        given().auth().oauth2(PAYROLL).contentType(ContentType.JSON).body(period.formatted(4, "2091-01-01"))
                .post("/reference/retention-periods").then().statusCode(409);
        given().auth().oauth2(PAYROLL).contentType(ContentType.JSON).body(period.formatted(0, "2092-01-01"))
                .post("/reference/retention-periods").then().statusCode(400).body("errors[0].field", equalTo("years"));
        given().auth().oauth2(AUDITOR).queryParam("size", 200).get("/reference/retention-periods").then().statusCode(200)
                .body("items.find { it.code == 'TEST_RECORDS' && it.years == 3 }.validTo", equalTo("2090-12-31"));
    }
}
