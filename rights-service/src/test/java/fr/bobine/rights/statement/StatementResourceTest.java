package fr.bobine.rights.statement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import fr.bobine.rights.CsvTables;
import fr.bobine.rights.Fixtures;
import fr.bobine.testing.PdfText;
import fr.bobine.testing.BobineStack;
import fr.bobine.testing.TestEvents;
import fr.bobine.testing.TestTokens;
import fr.bobine.testing.EventSchemas;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Statements to participants, their deadlines and the explanation of every euro, against the real database and broker. */
@QuarkusTest
class StatementResourceTest {

    static final String MANAGER = TestTokens.forRoles("rights-manager");
    static final String AUTHOR = "Claire Vasseur (réalisatrice)";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    DataSource dataSource;

    /** The theatrical preset with its two weeks of box office (see WaterfallTest for the arithmetic). */
    String[] released(String title) {
        UUID production = Fixtures.production(dataSource, title);
        String waterfall = given().auth().oauth2(MANAGER).contentType(ContentType.JSON)
                .body(fr.bobine.rights.receipt.WaterfallResourceTestData.PRESET_WITH_ADVANCE)
                .post("/productions/{p}/waterfall-presets/theatrical-france", production).then().statusCode(201).extract().path("id");
        for (String[] week : new String[][] { { "2026-03-10", "1000000.00" }, { "2026-03-17", "200000.00" } }) {
            given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body("""
                    {"receivedOn": "%s", "media": "THEATRICAL", "territory": "FR", "gross": {"amount": "%s", "currency": "EUR"}}"""
                    .formatted(week[0], week[1])).post("/productions/{p}/receipts", production).then().statusCode(201);
        }
        return new String[] { production.toString(), waterfall };
    }

    Response issue(String production, String waterfall, String holder, String start, String end) {
        return given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body("""
                {"waterfallId": "%s", "holder": "%s", "periodStart": "%s", "periodEnd": "%s"}""".formatted(waterfall, holder, start, end))
                .post("/productions/{p}/statements", production);
    }

    @Test
    void anAuthorsStatementShowsReceiptsDeductionsShareAndTheAdvanceRecouped() throws Exception {
        String[] ids = released("Relevé auteur");
        // Authors' RNPP over the two weeks: 0 + 21,895.45; 2% = 437.91; advance (à-valoir) 300.00 is repaid first:
        // due 437.91 - 300.00 = 137.91. Deductions = 1,200,000.00 - 21,895.45 (what reached her position) = 1,178,104.55.
        Response issued = issue(ids[0], ids[1], AUTHOR, "2026-01-01", "2026-12-31");
        issued.then().statusCode(201)
                .body("lines", hasSize(1))
                .body("lines[0].media", equalTo("THEATRICAL"))
                .body("receipts.amount", equalTo("1200000.00"))
                .body("lines[0].base.amount", equalTo("21895.45"))
                .body("deductions.amount", equalTo("1178104.55"))
                .body("share.amount", equalTo("437.91"))
                .body("advances.amount", equalTo("300.00"))
                .body("advancesRecouped.amount", equalTo("300.00"))
                .body("amountDue.amount", equalTo("137.91"));
        String id = issued.path("id");
        List<List<List<String>>> fr = CsvTables.parse(given().auth().oauth2(MANAGER).get("/productions/{p}/statements/{s}/csv", ids[0], id)
                .then().statusCode(200).contentType(containsString("text/csv"))
                .header("Content-Disposition", equalTo("attachment; filename=\"releve-2026-01-01-2026-12-31-" + id + ".csv\""))
                .extract().asByteArray());
        assertEquals(List.of(id, AUTHOR, "01/01/2026", "31/12/2026", "EUR"), fr.get(0).get(1));
        assertEquals(List.of("mode d'exploitation", "nature de recette", "recettes", "déductions", "assiette", "part"), fr.get(1).get(0));
        assertEquals(List.of("THEATRICAL", "EXPLOITATION", "1200000,00", "1178104,55", "21895,45", "437,91"), fr.get(1).get(1));
        assertEquals(List.of("TOTAL", "", "1200000,00", "1178104,55", "", "437,91"), fr.get(1).get(2));
        assertEquals(List.of("Montant dû", "137,91"), fr.get(2).get(fr.get(2).size() - 1));
        assertEquals(List.of("MG et à-valoir récupérés à ce jour", "300,00"), fr.get(2).get(4));
        List<List<List<String>>> en = CsvTables.parse(given().auth().oauth2(MANAGER).queryParam("lang", "en")
                .get("/productions/{p}/statements/{s}/csv", ids[0], id).then().statusCode(200).extract().asByteArray());
        assertEquals(List.of(id, AUTHOR, "2026-01-01", "2026-12-31", "EUR"), en.get(0).get(1));
        assertEquals(List.of("THEATRICAL", "EXPLOITATION", "1200000.00", "1178104.55", "21895.45", "437.91"), en.get(1).get(1));
        assertEquals(List.of("Amount due", "137.91"), en.get(2).get(en.get(2).size() - 1));
        given().auth().oauth2(MANAGER).queryParam("lang", "de").get("/productions/{p}/statements/{s}/csv", ids[0], id).then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("lang"));
        PdfText.assertContains(PdfText.of(given().auth().oauth2(TestTokens.forRoles("accountant"))
                .get("/productions/{p}/statements/{s}/pdf", ids[0], id), "releve-2026-01-01-2026-12-31-"),
                "Reddition des comptes", AUTHOR, "THEATRICAL", "1 200 000,00 EUR", "1 178 104,55 EUR", "437,91 EUR",
                "MG et à-valoir récupérés à ce jour 300,00 EUR", "Montant dû 137,91 EUR");
        given().auth().oauth2(TestTokens.forRoles("payroll")).get("/productions/{p}/statements/{s}/pdf", ids[0], id)
                .then().statusCode(403);
        given().auth().oauth2(MANAGER).get("/productions/{p}/statements/{s}/pdf", ids[0], UUID.randomUUID()).then().statusCode(404);
        // an overlapping period is refused; the next period only owes what is new
        issue(ids[0], ids[1], AUTHOR, "2026-06-01", "2027-05-31").then().statusCode(409).contentType("application/problem+json");
        issue(ids[0], ids[1], AUTHOR, "2027-01-01", "2027-12-31").then().statusCode(201)
                .body("share.amount", equalTo("0.00")).body("previouslyDue.amount", equalTo("137.91"))
                .body("amountDue.amount", equalTo("0.00"));

        JsonNode event = awaitEvent(id);
        assertEquals(ids[0], event.path("subject").asText());
        assertEquals("137.91", event.path("data").path("amountDue").path("amount").asText());
        EventSchemas.assertValid(event);
    }

    @Test
    void anAuthorOnRnppIsOwedHerShareOfAnMgReceivedButNotRecouped() {
        UUID production = Fixtures.production(dataSource, "MG reçu");
        String waterfall = given().auth().oauth2(MANAGER).contentType(ContentType.JSON)
                .body(fr.bobine.rights.receipt.WaterfallResourceTestData.PRESET_WITH_ADVANCE)
                .post("/productions/{p}/waterfall-presets/theatrical-france", production).then().statusCode(201).extract().path("id");
        // The distributor's MG of 100,000.00 reaches the producer on 2026-02-15: it counts as RNPP when received
        // (protocol of 16/12/2010, art. 3.2), so it enters at RNPP and the director's 2% is 2,000.00 at once.
        given().auth().oauth2(TestTokens.forRoles("accountant")).contentType(ContentType.JSON).body("""
                {"receivedOn": "2026-02-15", "media": "THEATRICAL", "territory": "FR", "kind": "MINIMUM_GUARANTEE",
                 "inFinancingPlan": true, "gross": {"amount": "100000.00", "currency": "EUR"}, "reference": "MG Haut et Court"}""")
                .post("/productions/{p}/receipts", production).then().statusCode(201)
                .body("kind", equalTo("MINIMUM_GUARANTEE"))
                .body("inFinancingPlan", equalTo(true))
                .body("allocations.find { it.positionId == 'author-1' }.amount.amount", equalTo("2000.00"))
                .body("allocations.find { it.positionId == 'producer' }.amount.amount", equalTo("98000.00"));
        // week 1, 1,000,000.00 at the box office: the distributor recoups 66,579.54 of its 100,000.00; nothing reaches RNPP
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body("""
                {"receivedOn": "2026-03-10", "media": "THEATRICAL", "territory": "FR", "gross": {"amount": "1000000.00", "currency": "EUR"}}""")
                .post("/productions/{p}/receipts", production).then().statusCode(201);
        // The statement: THEATRICAL receipts 1,000,000.00 with nothing reaching her (base 0); the MG apart, 100,000.00
        // with no deduction and a 2% share of 2,000.00. Her 300.00 advance is repaid first: 1,700.00 due.
        issue(production.toString(), waterfall, AUTHOR, "2026-01-01", "2026-12-31").then().statusCode(201)
                .body("lines", hasSize(2))
                .body("lines[0].receiptKind", equalTo("EXPLOITATION"))
                .body("lines[0].base.amount", equalTo("0.00"))
                .body("lines[1].media", equalTo("THEATRICAL"))
                .body("lines[1].receiptKind", equalTo("MINIMUM_GUARANTEE"))
                .body("lines[1].receipts.amount", equalTo("100000.00"))
                .body("lines[1].deductions.amount", equalTo("0.00"))
                .body("lines[1].base.amount", equalTo("100000.00"))
                .body("lines[1].share.amount", equalTo("2000.00"))
                .body("share.amount", equalTo("2000.00"))
                .body("advancesRecouped.amount", equalTo("300.00"))
                .body("amountDue.amount", equalTo("1700.00"));
        // the distributor, for its part, has recouped 66,579.54 of its MG so far
        issue(production.toString(), waterfall, "Haut et Court Distribution", "2026-01-01", "2026-12-31").then().statusCode(201)
                .body("advancesRecouped.amount", equalTo("66579.54"));
    }

    @Test
    void anExploitationReceiptCannotBePartOfTheFinancingPlan() {
        UUID production = Fixtures.production(dataSource, "Recette et financement");
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body("""
                {"receivedOn": "2026-02-15", "media": "TV", "territory": "FR", "inFinancingPlan": true,
                 "gross": {"amount": "100.00", "currency": "EUR"}}""")
                .post("/productions/{p}/receipts", production).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("inFinancingPlan"));
        assertEquals(0, Fixtures.count(dataSource, "select count(*) from receipt where production_id = ?", production));
    }

    @Test
    void theDistributorsStatementReportsTheMgRecoupedSoFar() {
        String[] ids = released("Relevé distributeur");
        issue(ids[0], ids[1], "Haut et Court Distribution", "2026-03-01", "2026-03-12").then().statusCode(201)
                // week 1 only: commission 118,534.09 + P&A 210,000.00 + MG 66,579.54 = 395,113.63
                .body("share.amount", equalTo("395113.63"))
                .body("advances.amount", equalTo("100000.00"))
                .body("advancesRecouped.amount", equalTo("66579.54"));
    }

    @Test
    void badStatementRequestsChangeNothing() {
        String[] ids = released("Relevé refusé");
        long before = Fixtures.count(dataSource, "select count(*) from statement");
        issue(ids[0], ids[1], "Inconnu", "2026-01-01", "2026-12-31").then().statusCode(422).contentType("application/problem+json");
        issue(ids[0], ids[1], AUTHOR, "2026-12-31", "2026-01-01").then().statusCode(400).body("errors.field", hasItem("periodEnd"));
        issue(ids[0], UUID.randomUUID().toString(), AUTHOR, "2026-01-01", "2026-12-31").then().statusCode(404);
        assertEquals(before, Fixtures.count(dataSource, "select count(*) from statement"));
        given().auth().oauth2(MANAGER).get("/productions/{p}/statements/{s}", ids[0], UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void theExplanationShowsThePathOfEveryEuro() {
        String[] ids = released("Explication");
        given().auth().oauth2(TestTokens.forRoles("auditor")).queryParam("holder", AUTHOR).queryParam("from", "2026-03-15")
                .get("/productions/{p}/waterfalls/{w}/explanation", ids[0], ids[1]).then().statusCode(200)
                .body("holderTotal.amount", equalTo("437.91"))
                .body("receipts", hasSize(1))
                .body("receipts[0].steps.nodeId", equalTo(List.of("vat", "tsa", "exhibitor", "commission", "expenses", "mg", "rnpp",
                        "author-1", "producer")))
                .body("receipts[0].steps.find { it.nodeId == 'mg' }.took.amount", equalTo("33420.46"))
                .body("receipts[0].steps.find { it.nodeId == 'author-1' }.reason", containsString("2% of authors' RNPP 21895.45"));
    }

    @Test
    void deadlinesListTheOverdueStatementsAndTheDistributorsFirstAccount() {
        String[] ids = released("Échéances");
        given().auth().oauth2(MANAGER).queryParam("productionId", ids[0]).queryParam("asOf", "2027-06-01")
                .queryParam("overdueOnly", true).get("/statement-deadlines").then().statusCode(200)
                // release 2026-03-04: the author's yearly statement was due 2027-03-04, the distributor's first account 2026-09-04
                .body("items.find { it.kind == 'PARTICIPANT_STATEMENT' && it.holder == '" + AUTHOR + "' }.dueOn", equalTo("2027-03-04"))
                .body("items.find { it.kind == 'DISTRIBUTOR_FIRST_ACCOUNT' }.dueOn", equalTo("2026-09-04"))
                .body("items.holder", org.hamcrest.Matchers.not(hasItem("Les Films du Quai")));
        issue(ids[0], ids[1], AUTHOR, "2026-03-04", "2027-03-03").then().statusCode(201);
        given().auth().oauth2(MANAGER).queryParam("productionId", ids[0]).queryParam("asOf", "2027-06-01")
                .queryParam("overdueOnly", true).get("/statement-deadlines").then().statusCode(200)
                .body("items.holder", org.hamcrest.Matchers.not(hasItem(AUTHOR)));
    }

    private JsonNode awaitEvent(String statementId) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            for (JsonNode event : TestEvents.readAll(bootstrap, BobineStack.topic("rights"), Duration.ofSeconds(2))) {
                if ("rights.statement.issued".equals(event.path("type").asText())
                        && statementId.equals(event.path("data").path("statementId").asText())) {
                    return event;
                }
            }
        }
        throw new AssertionError("no rights.statement.issued for " + statementId + " on " + BobineStack.topic("rights"));
    }
}
