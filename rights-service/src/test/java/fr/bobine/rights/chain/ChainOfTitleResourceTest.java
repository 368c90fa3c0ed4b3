package fr.bobine.rights.chain;

import static fr.bobine.rights.contract.ContractApi.MANAGER;
import static fr.bobine.rights.contract.ContractApi.NOVEL_FEES;
import static fr.bobine.rights.contract.ContractApi.contract;
import static fr.bobine.rights.contract.ContractApi.fee;
import static fr.bobine.rights.contract.ContractApi.sign;
import static fr.bobine.rights.contract.ContractApi.work;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import fr.bobine.rights.EventContracts;
import fr.bobine.rights.Fixtures;
import fr.bobine.testing.PdfText;
import fr.bobine.testing.TestTokens;
import fr.bobine.testing.EventSchemas;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Works, rights contracts, their signature and the chain of title, against the real database and broker. */
@QuarkusTest
class ChainOfTitleResourceTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    DataSource dataSource;

    @Test
    void aNovelAdaptedIntoAScreenplayAScoreAndTwoLibraryCuesLeaveOneCueWithoutAContract() {
        UUID production = Fixtures.production(dataSource, "La Mer à l'envers");
        String novel = work(production, "NOVEL", "La Mer à l'envers (roman)", "Hélène Marchal", null);
        String screenplay = work(production, "ADAPTATION", "La Mer à l'envers (scénario)", "Claire Vasseur", novel);
        String score = work(production, "ORIGINAL_SCORE", "Musique originale", "Marc Lenoir", null);
        String cue1 = work(production, "PRE_EXISTING_MUSIC", "Harbour Lights", "Koka Media", null);
        work(production, "PRE_EXISTING_MUSIC", "Night Drive", "Extreme Music", null);

        Response novelContract = contract(production, novel, "Hélène Marchal", "ASSIGNMENT", "[\"WW\"]", "2026-09-01", "2056-08-31", NOVEL_FEES);
        novelContract.then().statusCode(201).body("status", equalTo("DRAFT"))
                // 15,000.00 + 15,000.00 + MG 10,000.00 = 40,000.00
                .body("totalFixed.amount", equalTo("40000.00")).body("amountsDue", hasSize(3));
        String novelId = novelContract.path("id");
        List<String> ids = List.of(novelId,
                contract(production, screenplay, "Claire Vasseur", "ASSIGNMENT", "[\"WW\"]", "2026-09-01", "2056-08-31", fee("45000.00"))
                        .then().statusCode(201).extract().path("id"),
                contract(production, score, "Marc Lenoir", "ASSIGNMENT", "[\"WW\"]", "2026-09-01", "2056-08-31", fee("20000.00"))
                        .then().statusCode(201).extract().path("id"),
                contract(production, cue1, "Koka Media", "LICENCE", "[\"WW\"]", "2026-09-01", "2036-08-31", fee("1200.00"))
                        .then().statusCode(201).extract().path("id"));

        // before signature: every contract lacks its signature, and the last cue lacks a contract
        given().auth().oauth2(MANAGER).queryParam("plannedRelease", "2027-10-06").queryParam("media", "THEATRICAL")
                .queryParam("territory", "FR").get("/productions/{p}/chain-of-title", production).then().statusCode(200)
                .body("complete", equalTo(false)).body("gaps.findAll { it.kind == 'MISSING_SIGNATURE' }", hasSize(4));

        ids.forEach(id -> sign(production, id).then().statusCode(200).body("status", equalTo("SIGNED")));

        given().auth().oauth2(TestTokens.forRoles("auditor")).queryParam("plannedRelease", "2027-10-06")
                .queryParam("media", "THEATRICAL").queryParam("media", "SVOD").queryParam("territory", "FR")
                .get("/productions/{p}/chain-of-title", production).then().statusCode(200)
                .body("productionTitle", equalTo("La Mer à l'envers"))
                .body("complete", equalTo(false))
                .body("works", hasSize(5))
                .body("gaps", hasSize(1))
                .body("gaps[0].kind", equalTo("NO_CONTRACT"))
                .body("gaps[0].workTitle", equalTo("Night Drive"))
                .body("works.find { it.work.title == 'La Mer à l\\'envers (scénario)' }.work.adaptedFrom", equalTo(novel))
                .body("works.find { it.work.title == 'Musique originale' }.contracts[0].holderName", equalTo("Marc Lenoir"));
        PdfText.assertContains(PdfText.of(given().auth().oauth2(TestTokens.forRoles("auditor")).queryParam("plannedRelease", "2027-10-06")
                .queryParam("media", "THEATRICAL").queryParam("media", "SVOD").queryParam("territory", "FR")
                .get("/productions/{p}/chain-of-title/pdf", production), "chain-of-title-"),
                "Production : La Mer à l'envers", "Chaîne complète : non", "Oeuvre : Night Drive", "Marc Lenoir", "SIGNED",
                "Lacunes", "NO_CONTRACT", "Night Drive");

        JsonNode event = EventContracts.await(bootstrap, "rights.contract.signed", d -> novelId.equals(d.path("contractId").asText()));
        assertEquals(production.toString(), event.path("subject").asText());
        assertEquals("1", event.path("data").path("budgetChapter").asText());
        assertEquals("Droits artistiques", event.path("data").path("budgetChapterLabel").asText());
        assertEquals("40000.00", event.path("data").path("total").path("amount").asText());
        assertEquals("MINIMUM_GUARANTEE", event.path("data").path("amountsDue").get(2).path("kind").asText());
        EventSchemas.assertValid(event);
        assertEquals(1, EventContracts.all(bootstrap, "rights.contract.signed", d -> novelId.equals(d.path("contractId").asText())).size());
    }

    @Test
    void signingNeedsTheCurrentEtagAndHappensOnce() {
        UUID production = Fixtures.production(dataSource, "Signature");
        String novel = work(production, "NOVEL", "Roman", "Auteur", null);
        String id = contract(production, novel, "Auteur", "ASSIGNMENT", "[\"FR\"]", "2026-01-01", "2040-12-31", fee("1000.00"))
                .then().statusCode(201).extract().path("id");
        String body = "{\"signedOn\": \"2026-09-15\", \"signedBy\": \"Camille Ferrand\"}";
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body(body)
                .post("/productions/{p}/rights-contracts/{c}/signature", production, id).then().statusCode(428);
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).header("If-Match", "\"7\"").body(body)
                .post("/productions/{p}/rights-contracts/{c}/signature", production, id).then().statusCode(412);
        sign(production, id).then().statusCode(200).body("signedOn", equalTo("2026-09-15"));
        sign(production, id).then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.forRoles("auditor")).contentType(ContentType.JSON).header("If-Match", "\"1\"").body(body)
                .post("/productions/{p}/rights-contracts/{c}/signature", production, id).then().statusCode(403);
    }

    @Test
    void unknownTerritoriesTermsEndingBeforeTheyStartAndBadIpisChangeNothing() {
        UUID production = Fixtures.production(dataSource, "Refus");
        String novel = work(production, "NOVEL", "Roman", "Auteur", null);
        long contracts = Fixtures.count(dataSource, "select count(*) from rights_contract");
        long works = Fixtures.count(dataSource, "select count(*) from work");
        contract(production, novel, "Auteur", "ASSIGNMENT", "[\"FR\", \"XX\"]", "2026-01-01", "2040-12-31", fee("1000.00")).then()
                .statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("blocks[0].territories[1]"));
        contract(production, novel, "Auteur", "ASSIGNMENT", "[\"FR\"]", "2040-01-01", "2026-12-31", fee("1000.00")).then()
                .statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("blocks[0].termEnd"));
        contract(production, novel, "Auteur", "ASSIGNMENT", "[\"FR\"]", "2026-01-01", "2040-12-31", fee("-5.00")).then()
                .statusCode(400).body("errors.field", hasItem("remuneration.flatFees[0].amount"));
        contract(production, UUID.randomUUID().toString(), "Auteur", "ASSIGNMENT", "[\"FR\"]", "2026-01-01", "2040-12-31", fee("1.00"))
                .then().statusCode(400).body("errors.field", hasItem("workId"));
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body("""
                {"kind": "NOVEL", "title": "Autre", "holders": [{"name": "X", "kind": "PERSON", "roles": ["AUTHOR"], "ipi": "12345"}]}""")
                .post("/productions/{p}/works", production).then().statusCode(400).body("errors.field", hasItem("holders[0].ipi"));
        assertEquals(contracts, Fixtures.count(dataSource, "select count(*) from rights_contract"));
        assertEquals(works, Fixtures.count(dataSource, "select count(*) from work"));
        given().auth().oauth2(MANAGER).queryParam("territory", "ZZ").get("/productions/{p}/chain-of-title", production).then()
                .statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(MANAGER).get("/productions/{p}/chain-of-title", UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void aRetriedDraftWithTheSameIdempotencyKeyIsStoredOnce() {
        UUID production = Fixtures.production(dataSource, "Rejeu");
        String novel = work(production, "NOVEL", "Roman", "Auteur", null);
        String body = """
                {"workId": "%s", "kind": "ASSIGNMENT", "holderName": "Auteur", "blocks": [{"media": ["THEATRICAL"], "territories": ["FR"],
                 "termStart": "2026-01-01", "termEnd": "2040-12-31", "exclusive": true}], "remuneration": %s}""".formatted(novel, fee("2500.00"));
        String key = "contract-" + UUID.randomUUID();
        String first = given().auth().oauth2(MANAGER).contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/productions/{p}/rights-contracts", production).then().statusCode(201).extract().path("id");
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/productions/{p}/rights-contracts", production).then().statusCode(201).body("id", equalTo(first))
                .body("totalFixed.amount", equalTo("2500.00"));
        assertEquals(1, Fixtures.count(dataSource, "select count(*) from rights_contract where production_id = ?", production));
    }
}
