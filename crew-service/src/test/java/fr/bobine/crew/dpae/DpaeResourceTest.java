package fr.bobine.crew.dpae;

import static fr.bobine.crew.CrewFixtures.MANAGER;
import static fr.bobine.crew.CrewFixtures.PAYROLL;
import static fr.bobine.crew.CrewFixtures.count;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import fr.bobine.crew.CrewFixtures;
import fr.bobine.testing.EventSchemas;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class DpaeResourceTest {

    @Inject
    DataSource dataSource;

    @Inject
    DpaeService dpae;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    static String contractStartingIn(UUID production, String person, int days) {
        LocalDate start = LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(days);
        String json = CrewFixtures.contractJson(person, "3097-1ER-ASS-OP", "1400.00", start.plusDays(4).toString())
                .replace("2027-03-01", start.toString());
        return given().auth().oauth2(PAYROLL).contentType(ContentType.JSON).body(json)
                .post("/productions/{p}/contracts", production).then().statusCode(201).extract().path("id");
    }

    @Test
    void dpaeForAContractStartingInTenDaysIsTooEarlyAndNothingIsStored() {
        UUID production = CrewFixtures.production(bootstrap, "Trop tôt");
        String contract = contractStartingIn(production, CrewFixtures.person("Cariou"), 10);
        long before = count(dataSource, "select count(*) from dpae");
        given().auth().oauth2(PAYROLL).post("/productions/{p}/contracts/{c}/dpae", production, contract).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:bobine:problem:dpae-outside-window"))
                .body("detail", containsString("8 days"));
        assertEquals(before, count(dataSource, "select count(*) from dpae"));
    }

    @Test
    void contractStartingTomorrowIsAlertedUntilItsDpaeIsAcceptedAndExportsCarryTheSplitNir() throws Exception {
        UUID production = CrewFixtures.production(bootstrap, "Demain");
        String person = CrewFixtures.person("Le Floc'h");
        String contract = contractStartingIn(production, person, 1);
        given().auth().oauth2(MANAGER).get("/productions/{p}/dpae-alerts", production).then().statusCode(200)
                .body("items.contractId", hasItem(contract));
        // The watch runs every 15 minutes; run it here twice: one warning per contract, whatever the number of runs.
        dpae.warnMissing();
        dpae.warnMissing();
        java.util.List<com.fasterxml.jackson.databind.JsonNode> warnings = CrewFixtures.events(bootstrap, DpaeService.MISSING,
                "contractId", contract);
        assertEquals(1, warnings.size());
        assertEquals(person, warnings.get(0).path("data").path("personId").asText());
        EventSchemas.assertValid("crew.dpae.missing", warnings.get(0).path("data"));

        given().auth().oauth2(PAYROLL).post("/productions/{p}/contracts/{c}/dpae", production, contract).then().statusCode(201)
                .body("status", equalTo("TO_SEND"));
        given().auth().oauth2(PAYROLL).post("/productions/{p}/contracts/{c}/dpae", production, contract).then().statusCode(409);

        String nir = given().auth().oauth2(PAYROLL).get("/people/{id}", person).then().extract().path("nir");
        given().auth().oauth2(PAYROLL).get("/productions/{p}/contracts/{c}/dpae.xml", production, contract).then().statusCode(200)
                .contentType(containsString("application/xml"))
                .header("Content-Disposition", containsString(".xml"))
                .body(containsString("<rxpers:FR_NNI.NIR.Identifier>" + nir.substring(0, 13) + "<"))
                .body(containsString("<rxpers:FR_PersonIdentity.Surname.Text>LE FLOC'H<"));
        given().auth().oauth2(PAYROLL).get("/productions/{p}/contracts/{c}/dpae.csv", production, contract).then().statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", equalTo("attachment; filename=\"dpae-" + contract + ".csv\""))
                .body(startsWith("\uFEFFsiret;raison_sociale;"))
                .body(containsString("LES FILMS DU QUAI"))
                .body(containsString(";LE FLOC'H;"));
        given().auth().oauth2(PAYROLL).queryParam("lang", "de").get("/productions/{p}/contracts/{c}/dpae.csv", production, contract)
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("lang"));
        given().auth().oauth2(MANAGER).get("/productions/{p}/contracts/{c}/dpae.xml", production, contract).then().statusCode(403);

        given().auth().oauth2(PAYROLL).post("/productions/{p}/contracts/{c}/dpae/transmission", production, contract).then()
                .statusCode(200).body("status", equalTo("SENT"));
        String dpae = given().auth().oauth2(PAYROLL).get("/productions/{p}/contracts/{c}/dpae", production, contract).then()
                .statusCode(200).extract().path("id");
        assertEquals(1, count(dataSource, "select count(*) from dpae_transmission where dpae_id = cast(? as uuid)", dpae));
        assertEquals(0, count(dataSource, "select count(*) from dpae_transmission where dpae_id = cast(? as uuid) "
                + "and request_body like '%' || ? || '%'", dpae, nir.substring(0, 13)));

        given().auth().oauth2(PAYROLL).contentType(ContentType.JSON).body("{\"accepted\": true}")
                .post("/productions/{p}/contracts/{c}/dpae/answer", production, contract).then().statusCode(200)
                .body("status", equalTo("ACCEPTED"));
        given().auth().oauth2(MANAGER).get("/productions/{p}/dpae-alerts", production).then().statusCode(200)
                .body("items.contractId", not(hasItem(contract)));
    }
}
