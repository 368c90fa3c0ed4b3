package fr.bobine.rights.contract;

import static fr.bobine.rights.contract.ContractApi.MANAGER;
import static fr.bobine.rights.contract.ContractApi.NOVEL_FEES;
import static fr.bobine.rights.contract.ContractApi.body;
import static fr.bobine.rights.contract.ContractApi.contract;
import static fr.bobine.rights.contract.ContractApi.etag;
import static fr.bobine.rights.contract.ContractApi.fee;
import static fr.bobine.rights.contract.ContractApi.sign;
import static fr.bobine.rights.contract.ContractApi.work;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import fr.bobine.rights.EventContracts;
import fr.bobine.rights.Fixtures;
import fr.bobine.testing.EventSchemas;
import fr.bobine.platform.membership.MemberGrant;
import fr.bobine.platform.membership.Membership;
import fr.bobine.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.quarkus.test.junit.QuarkusTest;

/** Correcting and deleting draft rights contracts, against the real database and broker; signed ones stay as they are. */
@QuarkusTest
class ContractResourceTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    DataSource dataSource;

    UUID production;

    @Inject
    Membership membership;
    String novel;
    String id;

    static Response replace(String token, UUID production, String contractId, String ifMatch, String body) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.put("/productions/{p}/rights-contracts/{c}", production, contractId);
    }

    static Response delete(UUID production, String contractId, String ifMatch) {
        var request = given().auth().oauth2(MANAGER);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.delete("/productions/{p}/rights-contracts/{c}", production, contractId);
    }

    /** Each test starts from a production with a novel and a draft assignment of it: France, 1,000.00, the holder's name misspelt. */
    @BeforeEach
    void draft() {
        production = Fixtures.production(dataSource, "La Mer à l'envers");
        novel = work(production, "NOVEL", "La Mer à l'envers (roman)", "Hélène Marchal", null);
        id = contract(production, novel, "Helene Marchal", "ASSIGNMENT", "[\"FR\"]", "2026-09-01", "2040-08-31", fee("1000.00"))
                .then().statusCode(201).header("ETag", "\"0\"").extract().path("id");
    }

    long audits(String action, String contractId) {
        return Fixtures.count(dataSource, "select count(*) from audit_record where action = ? and entity_id = ?", action, contractId);
    }

    long outboxRowsNaming(String contractId) {
        return Fixtures.count(dataSource, "select count(*) from outbox_event where payload like ?", "%" + contractId + "%");
    }

    @Test
    void worksAndContractsComeInPagesAndContractsAreFilteredByStatusAndWork() {
        // the novel and its draft (from draft()), a score with two contracts of which one is signed
        String score = work(production, "ORIGINAL_SCORE", "Partition originale", "Yann Le Bihan", null);
        String scoreDraft = contract(production, score, "Yann Le Bihan", "ASSIGNMENT", "[\"FR\"]", "2026-09-01", "2040-08-31",
                fee("2000.00")).then().statusCode(201).extract().path("id");
        String scoreSigned = contract(production, score, "Yann Le Bihan", "LICENCE", "[\"BE\"]", "2026-09-01", "2040-08-31",
                fee("500.00")).then().statusCode(201).extract().path("id");
        sign(production, scoreSigned).then().statusCode(200);
        var auditor = given().auth().oauth2(TestTokens.forRoles("auditor"));

        auditor.queryParam("size", 1).get("/productions/{p}/works", production).then().statusCode(200)
                .body("items.id", equalTo(List.of(novel))).body("totalItems", equalTo(2)).body("totalPages", equalTo(2))
                .body("nextPage", equalTo(1));
        given().auth().oauth2(MANAGER).queryParams("size", 1, "page", 1).get("/productions/{p}/works", production).then()
                .statusCode(200).body("items.id", equalTo(List.of(score))).body("nextPage", nullValue());

        given().auth().oauth2(MANAGER).queryParam("size", 2).get("/productions/{p}/rights-contracts", production).then()
                .statusCode(200).body("items.id", equalTo(List.of(id, scoreDraft))).body("totalItems", equalTo(3))
                .body("nextPage", equalTo(1));
        given().auth().oauth2(MANAGER).queryParams("size", 2, "page", 1).get("/productions/{p}/rights-contracts", production)
                .then().statusCode(200).body("items.id", equalTo(List.of(scoreSigned))).body("nextPage", nullValue());
        given().auth().oauth2(MANAGER).queryParam("status", "DRAFT").get("/productions/{p}/rights-contracts", production).then()
                .statusCode(200).body("items.id", equalTo(List.of(id, scoreDraft))).body("totalItems", equalTo(2));
        given().auth().oauth2(MANAGER).queryParams("status", "SIGNED", "workId", score)
                .get("/productions/{p}/rights-contracts", production).then().statusCode(200)
                .body("items.id", equalTo(List.of(scoreSigned)));
        given().auth().oauth2(MANAGER).queryParam("workId", novel).get("/productions/{p}/rights-contracts", production).then()
                .statusCode(200).body("items.id", equalTo(List.of(id)));

        for (String bad : List.of("size=0", "size=201", "page=-1")) {
            given().auth().oauth2(MANAGER).get("/productions/{p}/rights-contracts?" + bad, production).then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo(bad.split("=")[0]));
        }
        given().auth().oauth2(MANAGER).queryParam("status", "LOST").get("/productions/{p}/rights-contracts", production).then()
                .statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aDraftCorrectedForItsFeesAndTerritoriesIsReadBackAndSignedWithTheCorrectedAmounts() {
        // the holder's name had a typo, the fee was 1,000.00 for France; it is 15,000.00 + 15,000.00 + MG 10,000.00 for FR, BE, CH
        String corrected = body(novel, "Hélène Marchal", "ASSIGNMENT", "[\"FR\", \"BE\", \"CH\"]", "2026-09-01", "2056-08-31", NOVEL_FEES);
        // Claire is the production manager of this film (production membership, as budget-service publishes it)
        membership.apply(new MemberGrant(UUID.randomUUID(), production, "claire.vasseur@bobine.local",
                List.of("production-manager"), 0));
        replace(TestTokens.forUser("claire.vasseur@bobine.local", "production-manager"), production, id, "\"0\"", corrected).then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("id", equalTo(id)).body("status", equalTo("DRAFT")).body("holderName", equalTo("Hélène Marchal"))
                .body("blocks[0].territories", equalTo(List.of("FR", "BE", "CH"))).body("blocks[0].termEnd", equalTo("2056-08-31"))
                .body("amountsDue", hasSize(3))
                // 15,000.00 + 15,000.00 + 10,000.00 = 40,000.00
                .body("totalFixed.amount", equalTo("40000.00")).body("version", equalTo(1));

        given().auth().oauth2(TestTokens.forRoles("auditor")).get("/productions/{p}/rights-contracts/{c}", production, id).then()
                .statusCode(200).header("ETag", "\"1\"").body("holderName", equalTo("Hélène Marchal"))
                .body("blocks[0].territories", hasSize(3)).body("remuneration.rnppRate", equalTo("0.025000"))
                .body("amountsDue[2].kind", equalTo("MINIMUM_GUARANTEE")).body("totalFixed.amount", equalTo("40000.00"));
        given().auth().oauth2(MANAGER).get("/productions/{p}/rights-contracts", production).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].totalFixed.amount", equalTo("40000.00"));

        assertEquals(1, Fixtures.count(dataSource, """
                select count(*) from audit_record where action = 'rights-contract.replace' and entity_id = ?
                  and actor = 'claire.vasseur@bobine.local' and before_state #>> '{totalFixed,amount}' = '1000.00'
                  and after_state #>> '{totalFixed,amount}' = '40000.00' and before_state ->> 'holderName' = 'Helene Marchal'""", id));
        // a correction publishes nothing: only the signature does
        assertEquals(0, outboxRowsNaming(id));

        sign(production, id).then().statusCode(200).body("status", equalTo("SIGNED")).header("ETag", "\"2\"");
        assertEquals(1, outboxRowsNaming(id));
        JsonNode event = EventContracts.await(bootstrap, "rights.contract.signed", d -> id.equals(d.path("contractId").asText()));
        EventSchemas.assertValid(event);
        assertEquals("Hélène Marchal", event.path("data").path("holderName").asText());
        assertEquals("40000.00", event.path("data").path("total").path("amount").asText());
        assertEquals(3, event.path("data").path("amountsDue").size());
        assertEquals("15000.00", event.path("data").path("amountsDue").get(1).path("amount").path("amount").asText());
        assertEquals("ON_START_OF_SHOOTING", event.path("data").path("amountsDue").get(1).path("trigger").asText());
        assertEquals("10000.00", event.path("data").path("amountsDue").get(2).path("amount").path("amount").asText());
    }

    @Test
    void aCorrectionNeedsTheCurrentEtagAndAnAllowedRole() {
        String corrected = body(novel, "Auteur", "ASSIGNMENT", "[\"FR\"]", "2026-09-01", "2040-08-31", fee("2000.00"));

        replace(MANAGER, production, id, null, corrected).then().statusCode(428).contentType("application/problem+json")
                .body("detail", equalTo("send the resource's ETag in If-Match; the current one is \"0\""));
        replace(MANAGER, production, id, "\"0\"", corrected).then().statusCode(200).header("ETag", "\"1\"");
        // a second editor still holding ETag "0" does not overwrite the first correction
        replace(MANAGER, production, id, "\"0\"", body(novel, "Auteur", "ASSIGNMENT", "[\"FR\"]", "2026-09-01", "2040-08-31",
                fee("3000.00"))).then().statusCode(412).contentType("application/problem+json");
        replace(TestTokens.forRoles("auditor"), production, id, "\"1\"", corrected).then().statusCode(403);
        replace(TestTokens.forRoles("accountant"), production, id, "\"1\"", corrected).then().statusCode(403);
        replace(MANAGER, production, UUID.randomUUID().toString(), "\"0\"", corrected).then().statusCode(404)
                .contentType("application/problem+json");

        given().auth().oauth2(MANAGER).get("/productions/{p}/rights-contracts/{c}", production, id).then().statusCode(200)
                .header("ETag", "\"1\"").body("totalFixed.amount", equalTo("2000.00"));
        assertEquals(1, audits("rights-contract.replace", id));
    }

    @Test
    void anInvalidCorrectionIsRefusedWithItsFieldAndChangesNothing() {

        replace(MANAGER, production, id, "\"0\"", body(novel, "Auteur", "ASSIGNMENT", "[\"FR\", \"XX\"]", "2026-09-01", "2040-08-31",
                fee("2000.00"))).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("blocks[0].territories[1]"));
        replace(MANAGER, production, id, "\"0\"", body(novel, "Auteur", "ASSIGNMENT", "[\"FR\"]", "2040-01-01", "2026-12-31",
                fee("2000.00"))).then().statusCode(400).body("errors.field", hasItem("blocks[0].termEnd"));
        replace(MANAGER, production, id, "\"0\"", body(novel, "Auteur", "ASSIGNMENT", "[\"FR\"]", "2026-09-01", "2040-08-31", """
                {"minimumGuarantee": {"amount": "5000.00", "currency": "EUR"}}""")).then().statusCode(400)
                .body("errors.find { it.field == 'remuneration.minimumGuarantee' }.reason",
                        equalTo("needs a proportional remuneration to be recouped from"));
        // a rate is a fraction in a decimal string: 2.5 (a percentage) and a JSON number are refused by field
        replace(MANAGER, production, id, "\"0\"", body(novel, "Auteur", "ASSIGNMENT", "[\"FR\"]", "2026-09-01", "2040-08-31", """
                {"minimumGuarantee": {"amount": "5000.00", "currency": "EUR"}, "rnppRate": "2.5"}""")).then().statusCode(400)
                .body("errors.field", hasItem("remuneration.rnppRate"));
        replace(MANAGER, production, id, "\"0\"", body(novel, "Auteur", "ASSIGNMENT", "[\"FR\"]", "2026-09-01", "2040-08-31", """
                {"minimumGuarantee": {"amount": "5000.00", "currency": "EUR"}, "rnppRate": 0.025}""")).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", containsString("rnppRate"));
        replace(MANAGER, production, id, "\"0\"", body(UUID.randomUUID().toString(), "Auteur", "ASSIGNMENT", "[\"FR\"]", "2026-09-01",
                "2040-08-31", fee("2000.00"))).then().statusCode(400).body("errors.field", hasItem("workId"));
        replace(MANAGER, production, id, "\"0\"", body(novel, "", "ASSIGNMENT", "[\"FR\"]", "2026-09-01", "2040-08-31", fee("2000.00")))
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("holderName"));

        given().auth().oauth2(MANAGER).get("/productions/{p}/rights-contracts/{c}", production, id).then().statusCode(200)
                .header("ETag", "\"0\"").body("holderName", equalTo("Helene Marchal")).body("blocks[0].territories", hasSize(1))
                .body("totalFixed.amount", equalTo("1000.00"));
        assertEquals(0, audits("rights-contract.replace", id));
    }

    @Test
    void aSignedContractIsNeitherCorrectedNorDeleted() {
        sign(production, id).then().statusCode(200);
        String signed = etag(production, id);

        replace(MANAGER, production, id, signed, body(novel, "Auteur", "ASSIGNMENT", "[\"WW\"]", "2026-09-01", "2040-08-31",
                fee("9999.00"))).then().statusCode(409).contentType("application/problem+json")
                .body("detail", equalTo("rights contract " + id + " was signed on 2026-09-15 and cannot be replaced: a signed contract "
                        + "is changed by amendment"));
        delete(production, id, signed).then().statusCode(409).contentType("application/problem+json");

        given().auth().oauth2(MANAGER).get("/productions/{p}/rights-contracts/{c}", production, id).then().statusCode(200)
                .header("ETag", signed).body("status", equalTo("SIGNED")).body("signedOn", equalTo("2026-09-15"))
                .body("blocks[0].territories", equalTo(List.of("FR"))).body("totalFixed.amount", equalTo("1000.00"));
        assertEquals(0, audits("rights-contract.replace", id));
        assertEquals(0, audits("rights-contract.delete", id));
    }

    @Test
    void aDeletedDraftIsGoneAndItsWorkShowsNoContractInTheChainOfTitle() {
        given().auth().oauth2(MANAGER).queryParam("plannedRelease", "2027-10-06").queryParam("media", "THEATRICAL")
                .queryParam("territory", "FR").get("/productions/{p}/chain-of-title", production).then().statusCode(200)
                .body("gaps.kind", equalTo(List.of("MISSING_SIGNATURE")));

        delete(production, id, null).then().statusCode(428).contentType("application/problem+json");
        delete(production, id, "\"3\"").then().statusCode(412);
        given().auth().oauth2(TestTokens.forRoles("auditor")).header("If-Match", "\"0\"")
                .delete("/productions/{p}/rights-contracts/{c}", production, id).then().statusCode(403);
        delete(production, id, "\"0\"").then().statusCode(204);

        given().auth().oauth2(MANAGER).get("/productions/{p}/rights-contracts/{c}", production, id).then().statusCode(404)
                .contentType("application/problem+json");
        delete(production, id, "\"0\"").then().statusCode(404);
        given().auth().oauth2(MANAGER).get("/productions/{p}/rights-contracts", production).then().statusCode(200)
                .body("items", hasSize(0));
        given().auth().oauth2(MANAGER).queryParam("plannedRelease", "2027-10-06").queryParam("media", "THEATRICAL")
                .queryParam("territory", "FR").get("/productions/{p}/chain-of-title", production).then().statusCode(200)
                .body("gaps.kind", equalTo(List.of("NO_CONTRACT")));
        assertEquals(1, Fixtures.count(dataSource, """
                select count(*) from audit_record where action = 'rights-contract.delete' and entity_id = ?
                  and before_state ->> 'status' = 'DRAFT' and after_state is null""", id));
        assertEquals(0, outboxRowsNaming(id));
    }
}
