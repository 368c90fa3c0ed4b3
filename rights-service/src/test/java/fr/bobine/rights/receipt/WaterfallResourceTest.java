package fr.bobine.rights.receipt;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import fr.bobine.rights.Fixtures;
import fr.bobine.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** Waterfall versions and receipts through the REST API, against the real database. */
@QuarkusTest
class WaterfallResourceTest {

    static final String MANAGER = TestTokens.forRoles("rights-manager");

    @Inject
    DataSource dataSource;

    static final String PRESET = """
            {"name": "Sortie salles France", "releaseDate": "2026-03-04", "distributor": "Haut et Court Distribution",
             "producer": "Les Films du Quai", "commissionRate": "0.30",
             "expenses": [{"label": "copies et VPF", "amount": {"amount": "80000.00", "currency": "EUR"}, "capped": true},
                          {"label": "publicité", "amount": {"amount": "150000.00", "currency": "EUR"}, "capped": true},
                          {"label": "sous-titrage SME", "amount": {"amount": "10000.00", "currency": "EUR"}, "capped": false}],
             "expensesCap": {"amount": "200000.00", "currency": "EUR"},
             "minimumGuarantee": {"amount": "100000.00", "currency": "EUR"},
             "authors": [{"holder": "Claire Vasseur (réalisatrice)", "rate": "0.02"}]}""";

    static String receipt(String on, String gross, String reference) {
        return """
                {"receivedOn": "%s", "media": "THEATRICAL", "territory": "FR", "gross": {"amount": "%s", "currency": "EUR"},
                 "admissions": 140000, "reference": %s}""".formatted(on, gross, reference == null ? "null" : "\"" + reference + "\"");
    }

    static String simple(String name, String positions, String groups) {
        return """
                {"name": "%s", "definition": {"currency": "EUR", "entry": "a", "positions": %s, "groups": %s}}"""
                .formatted(name, positions, groups);
    }

    static Response preset(UUID production) {
        return given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body(PRESET)
                .post("/productions/{p}/waterfall-presets/theatrical-france", production);
    }

    static JsonPath balances(UUID production, String waterfall) {
        return given().auth().oauth2(MANAGER).get("/productions/{p}/waterfalls/{w}", production, waterfall).then().statusCode(200)
                .extract().jsonPath();
    }

    @Test
    void presetBuildsTheFrenchTheatricalWaterfallWithTheDatedRates() {
        UUID production = Fixtures.production(dataSource, "La Nuit du Phare");
        preset(production).then().statusCode(201)
                .header("Location", containsString("/productions/" + production + "/waterfalls/"))
                .body("definition.entry", equalTo("vat"))
                .body("definition.positions.find { it.id == 'vat' }.rate", equalTo("0.055000"))
                .body("definition.positions.find { it.id == 'tsa' }.rate", equalTo("0.107200"))
                .body("definition.positions.find { it.id == 'exhibitor' }.rate", equalTo("0.530000"))
                .body("definition.positions.find { it.id == 'commission' }.authorsCommissionCap", equalTo("0.350000"))
                .body("balances.find { it.positionId == 'expenses' }.target.amount", equalTo("210000.00"));
    }

    @Test
    void aReceiptRunsDownOnceAndIdempotencyKeyReplaysIt() {
        UUID production = Fixtures.production(dataSource, "Reçu unique");
        String waterfall = preset(production).then().statusCode(201).extract().path("id");
        String key = UUID.randomUUID().toString();
        Response first = given().auth().oauth2(MANAGER).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(receipt("2026-03-10", "1000000.00", "S11")).post("/productions/{p}/receipts", production);
        first.then().statusCode(201)
                .body("allocations.find { it.positionId == 'vat' }.amount.amount", equalTo("52132.70"))
                .body("allocations.find { it.positionId == 'exhibitor' }.amount.amount", equalTo("445553.67"))
                .body("allocations.find { it.positionId == 'commission' }.amount.amount", equalTo("118534.09"))
                .body("allocations.find { it.positionId == 'mg' }.amount.amount", equalTo("66579.54"));
        given().auth().oauth2(MANAGER).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(receipt("2026-03-10", "1000000.00", "S11")).post("/productions/{p}/receipts", production).then()
                .statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first.path("id")));
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body(receipt("2026-03-10", "1000000.00", "S11"))
                .post("/productions/{p}/receipts", production).then().statusCode(409).contentType("application/problem+json");
        assertEquals(1, Fixtures.count(dataSource, "select count(*) from receipt where production_id = ?", production));
        JsonPath after = balances(production, waterfall);
        assertEquals("66579.54", after.getString("balances.find { it.positionId == 'mg' }.received.amount"));
        assertEquals(1, after.getInt("receiptsRun"));
        given().auth().oauth2(MANAGER).get("/productions/{p}/receipts/{r}", production, first.path("id").toString()).then()
                .statusCode(200).body("reference", equalTo("S11"));
    }

    @Test
    void aVersionCreatedLaterRunsTheEarlierReceiptsAndRecomputeMatches() {
        UUID production = Fixtures.production(dataSource, "Scénarios");
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body(receipt("2026-03-10", "1000000.00", null))
                .post("/productions/{p}/receipts", production).then().statusCode(201);
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body(receipt("2026-03-17", "200000.00", null))
                .post("/productions/{p}/receipts", production).then().statusCode(201);
        String waterfall = preset(production).then().statusCode(201)
                .body("receiptsRun", equalTo(2))
                .body("balances.find { it.positionId == 'mg' }.received.amount", equalTo("100000.00"))
                .body("balances.find { it.positionId == 'author-1' }.received.amount", equalTo("437.91"))
                .body("balances.find { it.positionId == 'producer' }.received.amount", equalTo("21457.54"))
                .extract().path("id");
        given().auth().oauth2(MANAGER).post("/productions/{p}/waterfalls/{w}/recompute", production, waterfall).then()
                .statusCode(200).body("sameAsIncremental", equalTo(true)).body("receiptsRun", equalTo(2))
                .body("receiptsTotal.amount", equalTo("1200000.00"));
        assertEquals(0, Fixtures.count(dataSource, """
                select count(*) from (select receipt_id from allocation where waterfall_id = ? group by receipt_id
                having sum(took) <> (select gross from receipt r where r.id = receipt_id)) wrong""", UUID.fromString(waterfall)));
    }

    @Test
    void aCycleIsRefusedAndNothingIsStored() {
        UUID production = Fixtures.production(dataSource, "Cycle");
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body(simple("Boucle", """
                [{"id": "a", "holder": "A", "kind": "COMMISSION", "rate": "0.10", "next": "b"},
                 {"id": "b", "holder": "B", "kind": "COMMISSION", "rate": "0.10", "next": "a"}]""", "[]"))
                .post("/productions/{p}/waterfalls", production).then().statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("cycle: a -> b -> a"))
                .body("errors.field", hasItem("definition.positions"));
        assertEquals(0, Fixtures.count(dataSource, "select count(*) from waterfall where production_id = ?", production));
    }

    @Test
    void pariPassuSharesAbove100PercentAreRefusedAndNothingIsStored() {
        UUID production = Fixtures.production(dataSource, "Parts");
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body(simple("Trop", """
                [{"id": "a", "holder": "Producteur", "kind": "COMMISSION", "rate": "0.10", "next": "g"},
                 {"id": "x", "holder": "X", "kind": "RESIDUAL", "share": "0.60"},
                 {"id": "y", "holder": "Y", "kind": "RESIDUAL", "share": "0.50"},
                 {"id": "r", "holder": "Producteur", "kind": "RESIDUAL"}]""",
                "[{\"id\": \"g\", \"mode\": \"PARI_PASSU\", \"members\": [\"x\", \"y\"], \"next\": \"r\"}]"))
                .post("/productions/{p}/waterfalls", production).then().statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("add up to 110%, above 100%"))
                .body("errors.field", hasItem("definition.groups[0].members"));
        assertEquals(0, Fixtures.count(dataSource, "select count(*) from waterfall where production_id = ?", production));
    }

    @Test
    void unknownCurrenciesAreRefusedAndNothingIsStored() {
        UUID production = Fixtures.production(dataSource, "Devises");
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON)
                .body(simple("X", "[{\"id\": \"a\", \"holder\": \"A\", \"kind\": \"RESIDUAL\"}]", "[]").replace("\"EUR\"", "\"EUX\""))
                .post("/productions/{p}/waterfalls", production).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("definition.currency"));
        preset(production).then().statusCode(201);
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body(receipt("2026-03-10", "10.00", null).replace("EUR", "EUX"))
                .post("/productions/{p}/receipts", production).then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body(receipt("2026-03-10", "10.00", null).replace("EUR", "USD"))
                .post("/productions/{p}/receipts", production).then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("kept in EUR"));
        assertEquals(0, Fixtures.count(dataSource, "select count(*) from receipt where production_id = ?", production));
        assertEquals(0, Fixtures.count(dataSource, "select count(*) from allocation a join waterfall w on w.id = a.waterfall_id where w.production_id = ?", production));
    }

    @Test
    void replacingAVersionNeedsTheCurrentEtagAndRecomputes() {
        UUID production = Fixtures.production(dataSource, "Versions");
        Response created = given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body(simple("Simple", """
                [{"id": "a", "holder": "Distributeur", "kind": "COMMISSION", "rate": "0.25", "next": "r"},
                 {"id": "r", "holder": "Producteur", "kind": "RESIDUAL"}]""", "[]")).post("/productions/{p}/waterfalls", production);
        created.then().statusCode(201);
        String waterfall = created.path("id");
        String etag = created.header("ETag");
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body(receipt("2026-03-10", "100.00", null))
                .post("/productions/{p}/receipts", production).then().statusCode(201);
        String changed = simple("Simple", """
                [{"id": "a", "holder": "Distributeur", "kind": "COMMISSION", "rate": "0.35", "next": "r"},
                 {"id": "r", "holder": "Producteur", "kind": "RESIDUAL"}]""", "[]");
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body(changed)
                .put("/productions/{p}/waterfalls/{w}", production, waterfall).then().statusCode(428);
        String current = given().auth().oauth2(MANAGER).get("/productions/{p}/waterfalls/{w}", production, waterfall).header("ETag");
        given().auth().oauth2(MANAGER).header("If-Match", "\"999\"").contentType(ContentType.JSON).body(changed)
                .put("/productions/{p}/waterfalls/{w}", production, waterfall).then().statusCode(412);
        given().auth().oauth2(MANAGER).header("If-Match", current).contentType(ContentType.JSON).body(changed)
                .put("/productions/{p}/waterfalls/{w}", production, waterfall).then().statusCode(200)
                .body("balances.find { it.positionId == 'a' }.received.amount", equalTo("35.00"))
                .body("balances.find { it.positionId == 'r' }.received.amount", equalTo("65.00"));
        assertEquals(2, Fixtures.count(dataSource, "select count(*) from allocation where waterfall_id = ?", UUID.fromString(waterfall)));
        given().auth().oauth2(MANAGER).get("/productions/{p}/waterfalls", production).then().statusCode(200)
                .body("items", hasSize(1));
        given().auth().oauth2(MANAGER).header("If-Match", "*").delete("/productions/{p}/waterfalls/{w}", production, waterfall)
                .then().statusCode(204);
        given().auth().oauth2(MANAGER).get("/productions/{p}/waterfalls/{w}", production, waterfall).then().statusCode(404)
                .contentType("application/problem+json");
        org.junit.jupiter.api.Assertions.assertTrue(etag.startsWith("\""));
    }

    @Test
    void unknownProductionIs404AndRolesAreChecked() {
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body(PRESET)
                .post("/productions/{p}/waterfall-presets/theatrical-france", UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.forRoles("auditor")).contentType(ContentType.JSON).body(receipt("2026-03-10", "1.00", null))
                .post("/productions/{p}/receipts", UUID.randomUUID()).then().statusCode(403);
        given().get("/waterfall-rates").then().statusCode(401);
    }

    @Test
    void ratesAreDatedAndANewPeriodClosesTheOpenOne() {
        given().auth().oauth2(MANAGER).queryParam("code", "FR_VAT_CINEMA_TICKET").queryParam("on", "2013-06-01")
                .get("/waterfall-rates").then().statusCode(200).body("items", hasSize(1)).body("items[0].rate", equalTo("0.070000"));
        String code = "TEST_RATE_" + Long.toString(System.nanoTime(), 36).toUpperCase();
        String body = "{\"code\": \"%s\", \"label\": \"essai\", \"rate\": \"%s\", \"validFrom\": \"%s\", \"source\": \"test\"}";
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body(body.formatted(code, "0.10", "2020-01-01"))
                .post("/waterfall-rates").then().statusCode(201);
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body(body.formatted(code, "0.12", "2025-01-01"))
                .post("/waterfall-rates").then().statusCode(201);
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body(body.formatted(code, "0.13", "2024-01-01"))
                .post("/waterfall-rates").then().statusCode(409);
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body(body.formatted(code, "1.50", "2026-01-01"))
                .post("/waterfall-rates").then().statusCode(400).body("errors.field", hasItem(containsString("rate")));
        given().auth().oauth2(MANAGER).queryParam("code", code).get("/waterfall-rates").then().statusCode(200)
                .body("items", hasSize(2)).body("items[0].validTo", equalTo("2024-12-31"));
    }
}
