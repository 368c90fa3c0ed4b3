package fr.bobine.distribution.revenue;

import static fr.bobine.distribution.Fixtures.AUDITOR;
import static fr.bobine.distribution.Fixtures.MANAGER;
import static fr.bobine.distribution.Fixtures.PRODUCER;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import fr.bobine.distribution.Fixtures;
import fr.bobine.testing.EventSchemas;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Weekly box office and other statements: entered, imported from CSV, published once, listed when overdue. */
@QuarkusTest
class RevenueReportResourceTest {

    @Inject
    DataSource ds;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    static final String CSV_HEADER = "media,territory,week_start,admissions,gross_receipts,currency\n";

    static String boxOffice(String contractId, String weekStart) {
        return """
                {"contractId": %s, "reporter": "Pyramide Distribution", "periodStart": "2026-10-14", "periodEnd": "2026-10-27",
                 "receivedOn": "2026-11-02",
                 "lines": [
                   {"media": "THEATRICAL", "territory": "FR", "grossReceipts": {"amount": "325417.50", "currency": "EUR"},
                    "admissions": 48210, "weekStart": "%s"},
                   {"media": "THEATRICAL", "territory": "FR", "grossReceipts": {"amount": "212922.00", "currency": "EUR"},
                    "admissions": 31544, "weekStart": "2026-10-21"},
                   {"media": "THEATRICAL", "territory": "BE", "grossReceipts": {"amount": "18230.25", "currency": "EUR"},
                    "admissions": 2411, "weekStart": "2026-10-21"}]}""".formatted(
                contractId == null ? "null" : "\"" + contractId + "\"", weekStart);
    }

    static String signedContract(UUID production, String frequency) {
        String id = given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body("""
                {"counterpartyName": "Pyramide Distribution", "counterpartyKind": "DISTRIBUTOR",
                 "rightsBlocks": [{"media": ["THEATRICAL"], "territories": ["FR"], "languages": ["fr"],
                   "termStart": "2026-10-14", "termEnd": "2038-10-13", "exclusive": true}],
                 "minimumGuarantee": null, "commissionRate": "0.30", "expenseCap": null, "reportingFrequency": "%s"}""".formatted(frequency))
                .post("/productions/{p}/contracts", production).then().statusCode(201).extract().path("id");
        given().auth().oauth2(PRODUCER).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"signedOn\": \"2026-05-01\"}").post("/productions/{p}/contracts/{c}/signature", production, id)
                .then().statusCode(200);
        return id;
    }

    @Test
    void weeklyBoxOfficeIsReportedOnceEvenWhenRetriedWithTheSameKey() {
        UUID production = Fixtures.releasedProduction(ds, "Box-office", "FR", "2026-10-14");
        String contract = signedContract(production, "YEARLY");
        String key = UUID.randomUUID().toString();
        Response first = given().auth().oauth2(MANAGER).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(boxOffice(contract, "2026-10-14")).post("/productions/{p}/revenue-reports", production);
        first.then().statusCode(201)
                .body("total.amount", equalTo("556569.75"))
                .body("admissions", equalTo(82165))
                .body("lines[0].weekEnd", equalTo("2026-10-20"))
                .body("source", equalTo("API"));
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(boxOffice(contract, "2026-10-14")).post("/productions/{p}/revenue-reports", production).then()
                .statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first.path("id")));

        List<JsonNode> events = Fixtures.awaitEvents(bootstrap, production.toString(), "distribution.revenue.reported");
        assertEquals(1, events.size());
        JsonNode data = events.get(0).path("data");
        EventSchemas.assertValid("distribution.revenue.reported", data);
        assertEquals(first.path("id"), data.path("reportId").asText());
        assertEquals(contract, data.path("contractId").asText());
        assertEquals("556569.75", data.path("total").path("amount").asText());
        assertEquals("2026-10-14", data.path("lines").get(0).path("weekStart").asText());
        assertEquals(48210, data.path("lines").get(0).path("admissions").asInt());
        assertEquals("BE", data.path("lines").get(2).path("territory").asText());
        assertEquals(1, Fixtures.count(ds, "select count(*) from revenue_report where production_id = ?", production));
    }

    @Test
    void aWeekThatDoesNotStartOnWednesdayIs400AndNothingIsStored() {
        UUID production = Fixtures.releasedProduction(ds, "Jeudi", "FR", "2026-10-14");
        long reports = Fixtures.count(ds, "select count(*) from revenue_report");
        long events = Fixtures.count(ds, "select count(*) from outbox_event where event_type = 'distribution.revenue.reported'");
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body(boxOffice(null, "2026-10-15"))
                .post("/productions/{p}/revenue-reports", production).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("lines[0].weekStart"))
                .body("errors[0].reason", containsString("THURSDAY"));
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body(boxOffice(null, "2026-10-14").replace("\"BE\"", "\"B1\""))
                .post("/productions/{p}/revenue-reports", production).then().statusCode(400)
                .body("errors[0].field", equalTo("lines[2].territory"));
        assertEquals(reports, Fixtures.count(ds, "select count(*) from revenue_report"));
        assertEquals(events, Fixtures.count(ds, "select count(*) from outbox_event where event_type = 'distribution.revenue.reported'"));
    }

    @Test
    void csvImportIsAllOrNothing() {
        UUID production = Fixtures.releasedProduction(ds, "Import", "FR", "2026-10-14");
        long reports = Fixtures.count(ds, "select count(*) from revenue_report");
        long lines = Fixtures.count(ds, "select count(*) from revenue_line");
        importCsv(production, CSV_HEADER
                + "THEATRICAL,FR,2026-10-14,48210,325417.50,EUR\n"
                + "THEATRICAL,FR,2026-10-21,31544,212922.00,EUR\n"
                + "THEATRICAL,FR,2026-10-27,20110,135700.00,EUR\n"
                + "VOD,FR,,,1840.00,EUR\n").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:bobine:problem:csv-row-refused"))
                .body("errors[0].field", equalTo("row 4"))
                .body("detail", containsString("TUESDAY"))
                .body("detail", containsString("nothing was imported"));
        assertEquals(reports, Fixtures.count(ds, "select count(*) from revenue_report"));
        assertEquals(lines, Fixtures.count(ds, "select count(*) from revenue_line"));

        importCsv(production, CSV_HEADER
                + "THEATRICAL,FR,2026-10-14,48210,325417.50,EUR\n"
                + "THEATRICAL,FR,2026-10-21,31544,212922.00,EUR\n"
                + "VOD,FR,,,1840.00,EUR\n").then().statusCode(201)
                .body("source", equalTo("CSV"))
                .body("lines", hasSize(3))
                .body("total.amount", equalTo("540179.50"));
        List<JsonNode> events = Fixtures.awaitEvents(bootstrap, production.toString(), "distribution.revenue.reported");
        assertEquals(1, events.size());
        EventSchemas.assertValid("distribution.revenue.reported", events.get(0).path("data"));
        assertEquals(JsonNodeNull.NULL, events.get(0).path("data").path("lines").get(2).path("weekStart").getNodeType());
    }

    @Test
    void overdueAccountsAreListedPerContract() {
        UUID production = Fixtures.releasedProduction(ds, "Retard", "FR", "2026-10-14");
        String yearly = signedContract(production, "YEARLY");
        String quarterly = signedContract(production, "QUARTERLY");
        // 20 Jan 2027: the quarterly contract owed its first account on 14 Jan 2027, the yearly one owes it on 14 Apr 2027.
        given().auth().oauth2(AUDITOR).queryParam("on", "2027-01-20").get("/productions/{p}/revenue-reports/overdue", production)
                .then().statusCode(200)
                .body("items.contractId", equalTo(List.of(quarterly)))
                .body("items[0].dueOn", equalTo("2027-01-14"))
                .body("items[0].daysOverdue", equalTo(6));
        given().auth().oauth2(AUDITOR).queryParam("on", "2027-04-20").get("/productions/{p}/revenue-reports/overdue", production)
                .then().statusCode(200).body("items.contractId", hasSize(2));
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON)
                .body(boxOffice(yearly, "2026-10-14").replace("2026-11-02", "2027-04-18"))
                .post("/productions/{p}/revenue-reports", production).then().statusCode(201);
        given().auth().oauth2(AUDITOR).queryParam("on", "2027-04-20").get("/productions/{p}/revenue-reports/overdue", production)
                .then().statusCode(200).body("items.contractId", equalTo(List.of(quarterly)));
    }

    Response importCsv(UUID production, String csv) {
        return given().auth().oauth2(MANAGER).contentType("text/csv").body(csv)
                .queryParam("reporter", "Pyramide Distribution").queryParam("periodStart", "2026-10-14")
                .queryParam("periodEnd", "2026-11-03")
                .post("/productions/{p}/revenue-reports/import", production);
    }

    /** Jackson's node type of a JSON null, named for the assertion above. */
    static final class JsonNodeNull {
        static final com.fasterxml.jackson.databind.node.JsonNodeType NULL = com.fasterxml.jackson.databind.node.JsonNodeType.NULL;
    }
}
