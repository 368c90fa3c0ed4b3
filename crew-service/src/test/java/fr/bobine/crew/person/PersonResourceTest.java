package fr.bobine.crew.person;

import static fr.bobine.crew.CrewFixtures.MANAGER;
import static fr.bobine.crew.CrewFixtures.PAYROLL;
import static fr.bobine.crew.CrewFixtures.count;
import static fr.bobine.crew.CrewFixtures.personJson;
import static fr.bobine.crew.CrewFixtures.randomNir;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class PersonResourceTest {

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    static io.restassured.response.Response create(String json) {
        return given().auth().oauth2(PAYROLL).contentType(ContentType.JSON).body(json).post("/people");
    }

    @Test
    void payrollSeesPersonalDataInFullOthersMaskedAndTheDatabaseOnlyCiphertext() {
        String nir = randomNir();
        String id = create(personJson("Marchand", nir, "FR76 3000 6000 0112 3456 7890 189")).then().statusCode(201)
                .body("nir", equalTo(nir))
                .body("employeeNumber", org.hamcrest.Matchers.startsWith("S"))
                .extract().path("id");

        given().auth().oauth2(PAYROLL).get("/people/{id}", id).then().statusCode(200)
                .body("masked", equalTo(false))
                .body("nir", equalTo(nir))
                .body("iban", equalTo("FR7630006000011234567890189"))
                .body("birthDate", equalTo("1995-10-12"))
                .body("address.town", equalTo("Paris"));
        given().auth().oauth2(MANAGER).get("/people/{id}", id).then().statusCode(200)
                .body("masked", equalTo(true))
                .body("nir", equalTo("2 ** ** ** *** *** " + nir.substring(13)))
                .body("iban", equalTo("FR76 **** 0189"))
                .body("birthDate", nullValue())
                .body("address", nullValue())
                .body("lastName", equalTo("Marchand"));

        assertEquals(0, count(dataSource, "select count(*) from person where id = cast(? as uuid) and "
                + "(personal_data like '%' || ? || '%' or personal_data like '%FR76%' or personal_data like '%Vinaigriers%')", id, nir));
        assertEquals(1, count(dataSource, "select count(*) from audit_record where entity_id = ? and action = 'person.read-personal-data'", id));
        assertEquals(1, count(dataSource, "select count(*) from audit_record where entity_id = ? and action = 'person.read-masked'", id));
        assertEquals(0, count(dataSource, "select count(*) from audit_record where entity_id = ? and "
                + "(coalesce(after_state::text, '') like '%' || ? || '%')", id, nir));
    }

    @Test
    void sameNirTwiceIs409AndNothingIsStored() {
        String nir = randomNir();
        create(personJson("Premier", nir, null)).then().statusCode(201);
        long people = count(dataSource, "select count(*) from person");
        create(personJson("Second", nir.substring(0, 1) + " " + nir.substring(1), null)).then().statusCode(409)
                .contentType("application/problem+json");
        assertEquals(people, count(dataSource, "select count(*) from person"));
    }

    @Test
    void invalidNirOrIbanIsRefusedNamingTheFieldAndNothingIsStored() {
        long people = count(dataSource, "select count(*) from person");
        create(personJson("Faux", "295109912611194", null)).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("nir"))
                .body("errors[0].reason", equalTo("key 94 does not match the number (expected 93)"));
        create(personJson("Faux", "253072C07300470", null)).then().statusCode(400).body("errors.field", hasItem("nir"));
        create(personJson("Faux", null, "FR7630006000011234567890188")).then().statusCode(400)
                .body("errors.field", hasItem("iban"));
        assertEquals(people, count(dataSource, "select count(*) from person"));
    }

    @Test
    void corsicanNirIsAccepted() {
        // 2A counts as 19 for the key; a random order number keeps the NIR unique across runs of the suite.
        String first13 = "253072A073" + String.format("%03d", 1 + (int) (Math.random() * 998));
        long key = 97 - Long.parseLong(first13.replace("2A", "19")) % 97;
        create(personJson("Santoni", first13 + String.format("%02d", key), null)).then().statusCode(201);
    }

    @Test
    void peopleAreFoundByName() {
        create(personJson("Lemaître-Quéré", randomNir(), null)).then().statusCode(201);
        given().auth().oauth2(MANAGER).queryParam("name", "maître-qu").get("/people").then().statusCode(200)
                .body("items.lastName", hasItem("Lemaître-Quéré"))
                .body("items[0].masked", equalTo(true));
        given().auth().oauth2(MANAGER).queryParam("name", "claire lemaître").get("/people").then().statusCode(200)
                .body("items.lastName", hasItem("Lemaître-Quéré"));
    }

    @Test
    void peopleFoundSortByADocumentedFieldAndAnotherIsRefused() {
        // a name of this run's own keeps the list to this test's people
        String tag = "Zs" + Long.toString(System.nanoTime(), 36);
        String first = create(personJson(tag + "-Bernard", randomNir(), null)).then().statusCode(201).extract().path("id");
        String second = create(personJson(tag + "-Abgrall", randomNir(), null)).then().statusCode(201).extract().path("id");
        // by name (last name, then first names) when sort is absent
        given().auth().oauth2(MANAGER).queryParam("name", tag).get("/people").then().statusCode(200)
                .body("items.id", equalTo(java.util.List.of(second, first)));
        // employee numbers are given in order of registration: descending puts the second first too, ascending the first
        given().auth().oauth2(MANAGER).queryParam("name", tag).queryParam("sort", "employeeNumber").get("/people").then()
                .statusCode(200).body("items.id", equalTo(java.util.List.of(first, second)));
        given().auth().oauth2(MANAGER).queryParam("name", tag).queryParam("sort", "-name").get("/people").then()
                .statusCode(200).body("items.id", equalTo(java.util.List.of(first, second)));
        given().auth().oauth2(MANAGER).queryParam("name", tag).queryParam("sort", "nir").get("/people").then()
                .statusCode(400).body("errors[0].field", equalTo("sort"));
    }

    static io.restassured.response.Response replace(String id, String etag, String json) {
        var request = given().auth().oauth2(PAYROLL).contentType(ContentType.JSON).body(json);
        return (etag == null ? request : request.header("If-Match", etag)).put("/people/{id}", id);
    }

    @Test
    void payrollChangesAnAddressAndABankAccountUnderIfMatchAndTheAuditNamesOnlyTheFields() {
        String nir = randomNir();
        var created = create(personJson("Marchand", nir, "FR76 3000 6000 0112 3456 7890 189"));
        String id = created.then().statusCode(201).extract().path("id");
        String employeeNumber = created.path("employeeNumber");
        String etag = created.header("ETag");
        String moved = personJson("Marchand", nir, "FR14 2004 1010 0505 0001 3M02 606")
                .replace("8 rue des Vinaigriers", "3 quai de la Douane").replace("75010", "29200").replace("Paris", "Brest");

        replace(id, null, moved).then().statusCode(428).contentType("application/problem+json");
        replace(id, "\"99\"", moved).then().statusCode(412).contentType("application/problem+json");
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).header("If-Match", etag).body(moved)
                .put("/people/{id}", id).then().statusCode(403);

        String newEtag = replace(id, etag, moved).then().statusCode(200)
                .body("employeeNumber", equalTo(employeeNumber))
                .body("address.town", equalTo("Brest"))
                .body("iban", equalTo("FR1420041010050500013M02606"))
                .body("nir", equalTo(nir))
                .extract().header("ETag");
        assertNotEquals(etag, newEtag);
        given().auth().oauth2(MANAGER).get("/people/{id}", id).then().statusCode(200)
                .body("iban", equalTo("FR14 **** 2606")).body("address", nullValue());
        // the same record again changes nothing: same version
        replace(id, newEtag, moved).then().statusCode(200).header("ETag", equalTo(newEtag));

        assertEquals(1, count(dataSource, "select count(*) from audit_record where entity_id = ? and action = 'person.update' "
                + "and after_state::text like '%address%' and after_state::text like '%iban%' "
                + "and after_state::text not like '%Douane%' and after_state::text not like '%FR14%'", id));
        assertEquals(0, count(dataSource, "select count(*) from person where id = cast(? as uuid) and "
                + "(personal_data like '%Douane%' or personal_data like '%FR14%')", id));
    }

    @Test
    void aChangeThatBreaksARuleIsRefusedAndChangesNothing() {
        String nir = randomNir();
        String other = randomNir();
        create(personJson("Autre", other, null)).then().statusCode(201);
        var created = create(personJson("Marchand", nir, null));
        String id = created.then().statusCode(201).extract().path("id");
        String etag = created.header("ETag");

        replace(id, etag, personJson("Marchand", "295109912611194", null)).then().statusCode(400)
                .body("errors.field", hasItem("nir"));
        replace(id, etag, personJson("Marchand", nir, "FR7630006000011234567890188")).then().statusCode(400)
                .body("errors.field", hasItem("iban"));
        replace(id, etag, personJson("Marchand", other, null)).then().statusCode(409).contentType("application/problem+json");
        replace(id, etag, personJson("", nir, null)).then().statusCode(400).body("errors.field", hasItem("lastName"));
        given().auth().oauth2(PAYROLL).get("/people/{id}", id).then().statusCode(200)
                .header("ETag", equalTo(etag)).body("nir", equalTo(nir)).body("lastName", equalTo("Marchand"));
        replace(java.util.UUID.randomUUID().toString(), etag, personJson("X", null, null)).then().statusCode(404);
    }

    @Test
    void theKindOfAPersonWithAContractCannotChange() {
        java.util.UUID production = fr.bobine.crew.CrewFixtures.production(bootstrap, "Changement de statut");
        String nir = randomNir();
        var created = create(personJson("Marchand", nir, null));
        String id = created.then().statusCode(201).extract().path("id");
        String etag = created.header("ETag");
        given().auth().oauth2(PAYROLL).contentType(ContentType.JSON)
                .body(fr.bobine.crew.CrewFixtures.contractJson(id, "3097-1ER-ASS-OP", "1550.00", "2027-04-11"))
                .post("/productions/{p}/contracts", production).then().statusCode(201);
        replace(id, etag, personJson("Marchand", nir, null).replace("TECHNICIAN", "ARTIST")).then().statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString("kind cannot change"));
        given().auth().oauth2(PAYROLL).get("/people/{id}", id).then().header("ETag", equalTo(etag))
                .body("kind", equalTo("TECHNICIAN"));
    }

    @Test
    void unknownPersonIs404AndRightsManagerIsForbidden() {
        given().auth().oauth2(PAYROLL).get("/people/{id}", java.util.UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(fr.bobine.testing.TestTokens.forRoles("rights-manager")).get("/people").then().statusCode(403);
        assertFalse(new NewPerson("A", "B", Sex.MALE, PersonKind.ARTIST, "295109912611193", null, "x", "29", null, null, null,
                null).toString().contains("2951099"));
    }
}
