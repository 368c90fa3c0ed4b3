package fr.bobine.rights.receipt;

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

/** distribution.revenue.reported from distribution-service's topic, through the real broker, into receipts. */
@QuarkusTest
class RevenueReportedTest {

    static final String MANAGER = TestTokens.forRoles("rights-manager");
    static final Duration WAIT = Duration.ofSeconds(30);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    DataSource dataSource;

    static Map<String, Object> money(String amount) {
        return TestEvents.map("amount", amount, "currency", "EUR");
    }

    static ObjectNode report(UUID production, UUID reportId, List<Map<String, Object>> lines, String total) {
        return TestEvents.event("/distribution-service", "distribution.revenue.reported", production.toString(), TestEvents.map(
                "reportId", reportId.toString(), "productionId", production.toString(), "contractId", null,
                "reporter", "Haut et Court Distribution", "periodStart", "2026-03-04", "periodEnd", "2026-03-17",
                "lines", lines, "total", money(total)));
    }

    static Map<String, Object> line(String media, String territory, String gross, Integer admissions, String weekStart) {
        return TestEvents.map("media", media, "territory", territory, "grossReceipts", money(gross), "admissions", admissions,
                "weekStart", weekStart);
    }

    void send(ObjectNode event) {
        TestEvents.send(bootstrap, BobineStack.topic("distribution"), event.path("subject").asText(), event.toString());
    }

    @Test
    void aReportSentTwiceIsRecordedOnceAndRunsDownTheWaterfall() {
        UUID production = Fixtures.production(dataSource, "Rapport de recettes");
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body("""
                {"name": "Simple", "definition": {"currency": "EUR", "entry": "c", "positions": [
                  {"id": "c", "holder": "Distributeur", "kind": "COMMISSION", "rate": "0.25", "next": "r"},
                  {"id": "r", "holder": "Producteur", "kind": "RESIDUAL"}], "groups": []}}""")
                .post("/productions/{p}/waterfalls", production).then().statusCode(201);
        UUID reportId = UUID.randomUUID();
        ObjectNode event = report(production, reportId, List.of(
                line("THEATRICAL", "FR", "120000.00", 16000, "2026-03-04"),
                line("THEATRICAL", "FR", "80000.01", 11000, "2026-03-11")), "200000.01");
        send(event);
        send(event);
        // the same report again under a new event id, as a distributor's re-sent report would come
        send(report(production, reportId, List.of(
                line("THEATRICAL", "FR", "120000.00", 16000, "2026-03-04"),
                line("THEATRICAL", "FR", "80000.01", 11000, "2026-03-11")), "200000.01"));
        // a later report on the same key: once it is in, the ones before it were applied
        send(report(production, UUID.randomUUID(), List.of(line("VOD", "FR", "1000.00", null, null)), "1000.00"));
        Eventually.within(WAIT, () -> given().auth().oauth2(MANAGER).get("/productions/{p}/receipts", production).then()
                .statusCode(200).body("totalItems", equalTo(3)));
        given().auth().oauth2(MANAGER).get("/productions/{p}/receipts", production).then().statusCode(200)
                .body("items[0].source", equalTo("DISTRIBUTION"))
                .body("items[0].reportId", equalTo(reportId.toString()))
                .body("items[0].admissions", equalTo(16000))
                .body("items[1].receivedOn", equalTo("2026-03-11"))
                // 80,000.01 x 25% = 20,000.0025 -> 20,000.00; the producer 60,000.01
                .body("items[1].allocations.find { it.positionId == 'c' }.amount.amount", equalTo("20000.00"))
                .body("items[1].allocations.find { it.positionId == 'r' }.amount.amount", equalTo("60000.01"))
                .body("items[2].receivedOn", equalTo("2026-03-17"));
        assertEquals(2, Fixtures.count(dataSource, "select count(*) from receipt where report_id = ?", reportId));
        assertEquals(1, Fixtures.count(dataSource, "select count(*) from processed_event where event_id = ?", event.path("id").asText()));
    }

    @Test
    void aReportWhoseLinesDoNotAddUpIsParked() {
        UUID production = Fixtures.production(dataSource, "Rapport faux");
        ObjectNode wrong = report(production, UUID.randomUUID(), List.of(line("TV", "FR", "100.00", null, null)), "150.00");
        send(wrong);
        ObjectNode marker = report(production, UUID.randomUUID(), List.of(line("TV", "FR", "5.00", null, null)), "5.00");
        send(marker);
        Eventually.within(WAIT, () -> given().auth().oauth2(MANAGER).get("/productions/{p}/receipts", production).then()
                .statusCode(200).body("totalItems", equalTo(1)));
        given().auth().oauth2(TestTokens.forRoles("auditor")).queryParam("size", 200).get("/admin/dead-letters").then()
                .statusCode(200).body("items.eventId", hasItem(wrong.path("id").asText()));
    }
}
