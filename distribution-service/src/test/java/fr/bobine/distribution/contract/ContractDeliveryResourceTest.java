package fr.bobine.distribution.contract;

import static fr.bobine.distribution.Fixtures.AUDITOR;
import static fr.bobine.distribution.Fixtures.MANAGER;
import static fr.bobine.distribution.Fixtures.PRODUCER;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import fr.bobine.distribution.Fixtures;
import fr.bobine.testing.BobineStack;
import fr.bobine.testing.Eventually;
import fr.bobine.testing.TestEvents;
import fr.bobine.testing.EventSchemas;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** A French distributor's contract with an MG, its signature, and the delivery that makes the second instalment due. */
@QuarkusTest
class ContractDeliveryResourceTest {

    @Inject
    DataSource ds;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    Contracts contracts;

    static String contract(String territory, String svodStart, String shares) {
        return """
                {"counterpartyName": "Pyramide Distribution", "counterpartyKind": "DISTRIBUTOR",
                 "rightsBlocks": [
                   {"media": ["THEATRICAL", "VIDEO", "TVOD"], "territories": ["%s", "MC", "AD"], "languages": ["fr"],
                    "termStart": "2026-10-14", "termEnd": "2041-10-13", "exclusive": true, "windowCode": null,
                    "holdbacks": [{"media": "TVOD", "until": "2027-02-14"}, {"media": "VIDEO", "until": "2027-02-14"}]},
                   {"media": ["SVOD"], "territories": ["FR"], "languages": ["fr"], "termStart": "%s",
                    "termEnd": "2030-12-31", "exclusive": false, "windowCode": "SVOD_NETFLIX", "holdbacks": []}],
                 "minimumGuarantee": {"amount": "150000.00", "currency": "EUR"},
                 "instalments": [
                   {"label": "20%% à la signature", "trigger": "ON_SIGNATURE", "share": %s},
                   {"label": "80%% à la livraison", "trigger": "ON_DELIVERY", "share": "0.8"}],
                 "commissionRate": "0.25", "expenseCap": {"amount": "80000.00", "currency": "EUR"},
                 "reportingFrequency": "QUARTERLY"}""".formatted(territory, svodStart, shares);
    }

    static Response create(UUID production, String json) {
        return given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body(json).post("/productions/{id}/contracts", production);
    }

    @Test
    void mgIsSplitExactlyAndEarlyWindowsAreWarned() {
        UUID production = Fixtures.releasedProduction(ds, "Fenêtres", "FR", "2026-10-14");
        create(production, contract("FR", "2027-10-01", "\"0.2\"")).then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("status", equalTo("DRAFT"))
                .body("instalments.amount.amount", equalTo(List.of("30000.00", "120000.00")))
                .body("instalments.status", equalTo(List.of("SCHEDULED", "SCHEDULED")))
                .body("commissionRate", equalTo("0.250000"))
                .body("instalments.share", equalTo(List.of("0.200000", "0.800000")))
                .body("windowWarnings", hasSize(1))
                .body("windowWarnings[0]", containsString("SVOD_NETFLIX"))
                .body("windowWarnings[0]", containsString("2028-01-14"));
        create(production, contract("FR", "2028-01-14", "\"0.2\"")).then().statusCode(201).body("windowWarnings", hasSize(0));
        given().auth().oauth2(AUDITOR).get("/productions/{id}/media-windows", production).then().statusCode(200)
                .body("windows.find { it.window.code == 'TVOD' }.opensOn", equalTo("2027-02-14"))
                .body("windows.find { it.window.code == 'SVOD_DISNEY' }.opensOn", equalTo("2027-07-14"));
    }

    static Response receive(UUID production, String contract, String instalment, String on) {
        return given().auth().oauth2(PRODUCER).contentType(ContentType.JSON).body("{\"receivedOn\": " + on + "}")
                .post("/productions/{p}/contracts/{c}/instalments/{i}/receipt", production, contract, instalment);
    }

    @Test
    void datedAndReleaseInstalmentsFallDueOnTheirDayAndAReceiptIsRecordedOnceAndPublished() {
        // released on 2026-10-14; signed on 2026-06-02: 30 000.00 at signature, 45 000.00 on 2026-09-01, 75 000.00 at release
        UUID production = Fixtures.releasedProduction(ds, "Échéancier", "FR", "2026-10-14");
        Response created = create(production, contract("FR", "2028-01-14", "\"0.2\"").replace(
                "{\"label\": \"80% à la livraison\", \"trigger\": \"ON_DELIVERY\", \"share\": \"0.8\"}",
                "{\"label\": \"30% au 1er septembre\", \"trigger\": \"ON_DATE\", \"share\": \"0.3\", \"dueOn\": \"2026-09-01\"},"
                        + "{\"label\": \"50% à la sortie\", \"trigger\": \"ON_RELEASE\", \"share\": \"0.5\"}"));
        String contractId = created.then().statusCode(201)
                .body("instalments.amount.amount", equalTo(List.of("30000.00", "45000.00", "75000.00"))).extract().path("id");
        List<String> ids = created.path("instalments.id");
        given().auth().oauth2(PRODUCER).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"signedOn\": \"2026-06-02\"}")
                .post("/productions/{p}/contracts/{c}/signature", production, contractId).then().statusCode(200)
                .body("instalments.status", equalTo(List.of("DUE", "SCHEDULED", "SCHEDULED")));

        // not due yet: no receipt
        receive(production, contractId, ids.get(1), "\"2026-08-20\"").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("has not fallen due"));
        contracts.fallDue(LocalDate.parse("2026-08-31"));
        contracts.fallDue(LocalDate.parse("2026-09-01"));
        contracts.fallDue(LocalDate.parse("2026-09-01"));
        given().auth().oauth2(AUDITOR).get("/productions/{p}/contracts/{c}", production, contractId).then()
                .body("instalments.status", equalTo(List.of("DUE", "DUE", "SCHEDULED")))
                .body("instalments[1].dueOn", equalTo("2026-09-01"));
        contracts.fallDue(LocalDate.parse("2026-10-14"));
        given().auth().oauth2(AUDITOR).get("/productions/{p}/contracts/{c}", production, contractId).then()
                .body("instalments.status", equalTo(List.of("DUE", "DUE", "DUE")))
                .body("instalments[2].dueOn", equalTo("2026-10-14"));

        // bad receipts change nothing
        receive(production, contractId, ids.get(0), "\"2026-06-01\"").then().statusCode(400)
                .body("errors[0].field", equalTo("receivedOn"));
        receive(production, contractId, ids.get(0), "\"2999-01-01\"").then().statusCode(400)
                .body("errors[0].field", equalTo("receivedOn"));
        receive(production, contractId, ids.get(0), "null").then().statusCode(400);
        receive(production, contractId, UUID.randomUUID().toString(), "\"2026-06-20\"").then().statusCode(404);
        given().auth().oauth2(AUDITOR).contentType(ContentType.JSON).body("{\"receivedOn\": \"2026-06-20\"}")
                .post("/productions/{p}/contracts/{c}/instalments/{i}/receipt", production, contractId, ids.get(0))
                .then().statusCode(403);
        given().auth().oauth2(AUDITOR).get("/productions/{p}/contracts/{c}", production, contractId).then()
                .body("instalments[0].status", equalTo("DUE"));

        receive(production, contractId, ids.get(0), "\"2026-06-20\"").then().statusCode(200)
                .body("instalments[0].status", equalTo("RECEIVED")).body("instalments[0].receivedOn", equalTo("2026-06-20"));
        receive(production, contractId, ids.get(0), "\"2026-06-21\"").then().statusCode(409)
                .body("detail", containsString("already received on 2026-06-20"));

        List<JsonNode> due = Fixtures.awaitEvents(bootstrap, production.toString(), "distribution.mg.instalment.fell-due", 3);
        assertEquals(List.of("ON_SIGNATURE", "ON_DATE", "ON_RELEASE"),
                due.stream().map(e -> e.path("data").path("trigger").asText()).toList());
        List<JsonNode> received = Fixtures.awaitEvents(bootstrap, production.toString(), "distribution.mg.instalment.received");
        assertEquals(1, received.size());
        EventSchemas.assertValid(received.get(0));
        assertEquals("30000.00", received.get(0).path("data").path("amount").path("amount").asText());
        assertEquals("2026-06-02", received.get(0).path("data").path("dueOn").asText());
        assertEquals("2026-06-20", received.get(0).path("data").path("receivedOn").asText());
    }

    @Test
    void badContractsAre400AndNothingIsStored() {
        UUID production = Fixtures.releasedProduction(ds, "Refus", "FR", "2026-10-14");
        long contracts = Fixtures.count(ds, "select count(*) from distribution_contract");
        long instalments = Fixtures.count(ds, "select count(*) from mg_instalment");
        create(production, contract("QQ", "2028-01-14", "\"0.2\"")).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(containsString("territories")));
        create(production, contract("FR", "2028-01-14", "\"0.25\"")).then().statusCode(400)
                .body("errors[0].field", equalTo("instalments"))
                .body("errors[0].reason", containsString("1.05"));
        // a share is a fraction: 20 (a percentage), a JSON number and a seventh decimal are refused by field
        create(production, contract("FR", "2028-01-14", "\"20\"")).then().statusCode(400)
                .body("errors[0].field", containsString("share"));
        create(production, contract("FR", "2028-01-14", "0.2")).then().statusCode(400)
                .body("errors[0].field", containsString("share"));
        create(production, contract("FR", "2028-01-14", "\"0.2000001\"")).then().statusCode(400)
                .body("errors[0].field", containsString("share"));
        create(production, contract("FR", "2028-01-14", "\"0.2\"").replace("\"0.25\"", "\"1.05\"")).then().statusCode(400)
                .body("errors[0].field", equalTo("commissionRate"));
        create(production, contract("FR", "2028-01-14", "\"0.2\"").replace("SVOD_NETFLIX", "TVOD")).then().statusCode(400)
                .body("errors[0].field", equalTo("rightsBlocks[1].windowCode"));
        create(production, contract("FR", "2028-01-14", "\"0.2\"").replace("\"150000.00\"", "150000")).then().statusCode(400);
        assertEquals(contracts, Fixtures.count(ds, "select count(*) from distribution_contract"));
        assertEquals(instalments, Fixtures.count(ds, "select count(*) from mg_instalment"));
    }

    @Test
    void signingAndAcceptingTheDeliveryPublishEachEventOnceEvenWhenRetried() {
        UUID production = Fixtures.releasedProduction(ds, "La Nuit du Phare", "FR", "2026-10-14");
        Response created = create(production, contract("FR", "2028-01-14", "\"0.2\""));
        String contractId = created.then().statusCode(201).extract().path("id");
        String deliveryInstalment = created.path("instalments[1].id");

        String key = UUID.randomUUID().toString();
        for (int attempt = 0; attempt < 2; attempt++) {
            given().auth().oauth2(PRODUCER).contentType(ContentType.JSON).header("If-Match", "\"0\"").header("Idempotency-Key", key)
                    .body("{\"signedOn\": \"2026-06-02\"}")
                    .post("/productions/{p}/contracts/{c}/signature", production, contractId).then().statusCode(200)
                    .body("status", equalTo("SIGNED"))
                    .body("instalments.status", equalTo(List.of("DUE", "SCHEDULED")));
        }
        given().auth().oauth2(PRODUCER).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body("{\"signedOn\": \"2026-06-03\"}")
                .post("/productions/{p}/contracts/{c}/signature", production, contractId).then().statusCode(409);

        // The DCP and the PAD are both conditions of the delivery instalment.
        String dcp = deliverable(production, "DCP", "LaNuitDuPhare_FTR-1_S_FR-EN_FR-T_51_2K_NULL_20260901_NUL_SMPTE_OV", deliveryInstalment)
                .then().statusCode(201)
                .body("qcState", equalTo("REQUESTED"))
                .body("dcpNameCheck.fields.language", equalTo("FR-EN"))
                .body("dcpNameCheck.warnings", equalTo(List.of())).extract().path("id");
        String pad = deliverable(production, "PAD", null, deliveryInstalment).then().statusCode(201).extract().path("id");

        move(production, dcp, "DELIVERED", 0).then().statusCode(200);
        move(production, dcp, "IN_QC", 1).then().statusCode(200);
        move(production, dcp, "ACCEPTED", 2).then().statusCode(200).body("allowedNext", hasSize(0));
        given().auth().oauth2(AUDITOR).get("/productions/{p}/contracts/{c}", production, contractId).then()
                .body("instalments[1].status", equalTo("SCHEDULED"));

        move(production, pad, "DELIVERED", 0).then().statusCode(200);
        move(production, pad, "IN_QC", 1).then().statusCode(200);
        move(production, pad, "REDELIVERY_REQUESTED", 2).then().statusCode(200);
        move(production, pad, "DELIVERED", 3).then().statusCode(200);
        move(production, pad, "IN_QC", 4).then().statusCode(200);
        move(production, pad, "ACCEPTED", 5).then().statusCode(200)
                .body("history.to", equalTo(List.of("REQUESTED", "DELIVERED", "IN_QC", "REDELIVERY_REQUESTED", "DELIVERED",
                        "IN_QC", "ACCEPTED")));
        given().auth().oauth2(AUDITOR).get("/productions/{p}/contracts/{c}", production, contractId).then()
                .body("instalments[1].status", equalTo("DUE"));

        List<JsonNode> signed = Fixtures.awaitEvents(bootstrap, production.toString(), "distribution.contract.signed");
        assertEquals(1, signed.size());
        EventSchemas.assertValid("distribution.contract.signed", signed.get(0).path("data"));
        assertEquals("150000.00", signed.get(0).path("data").path("minimumGuarantee").path("amount").asText());

        List<JsonNode> due = Fixtures.awaitEvents(bootstrap, production.toString(), "distribution.mg.instalment.fell-due", 2);
        assertEquals(2, due.size());
        for (JsonNode e : due) {
            EventSchemas.assertValid("distribution.mg.instalment.fell-due", e.path("data"));
        }
        JsonNode onDelivery = due.stream().filter(e -> e.path("data").path("trigger").asText().equals("ON_DELIVERY")).findFirst().orElseThrow();
        assertEquals("120000.00", onDelivery.path("data").path("amount").path("amount").asText());
        assertEquals(pad, onDelivery.path("data").path("deliverableId").asText());
        assertEquals(1, Fixtures.count(ds, "select count(*) from outbox_event where event_key = ? and event_type = ?",
                production.toString(), "distribution.contract.signed"));
    }

    @Test
    void aQcMoveThatDoesNotExistIs409AndChangesNothing() {
        UUID production = Fixtures.releasedProduction(ds, "QC", "FR", null);
        String id = deliverable(production, "M_AND_E", null, null).then().statusCode(201).extract().path("id");
        move(production, id, "ACCEPTED", 0).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:bobine:problem:illegal-qc-transition"));
        move(production, id, "DELIVERED", 0).then().statusCode(200);
        move(production, id, "IN_QC", 1).then().statusCode(200);
        move(production, id, "ACCEPTED", 2).then().statusCode(200);
        move(production, id, "REQUESTED", 3).then().statusCode(409)
                .body("detail", containsString("ACCEPTED cannot move to REQUESTED"));
        move(production, id, "DELIVERED", 1).then().statusCode(412);
        move(production, id, "BOGUS", 3).then().statusCode(400);
        given().auth().oauth2(AUDITOR).get("/productions/{p}/deliverables/{d}", production, id).then().statusCode(200)
                .header("ETag", "\"3\"").body("qcState", equalTo("ACCEPTED"));
    }

    @Test
    void aDcpNameIsCheckedWithWarningsNeverRefused() {
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON)
                .body("{\"name\": \"LaNuitDuPhareBretagne_XYZ_S_FR-EN_FR-T_51_2K_NULL_20260901_NUL_SMPTE_OV\"}")
                .post("/dcp-names/check").then().statusCode(200)
                .body("warnings", hasSize(2))
                .body("warnings[0]", containsString("keep it to 14"))
                .body("fields.standard", equalTo("SMPTE"));
    }

    @Test
    void theCueSheetFinalizedInRightsServiceDeliversTheCueSheetDeliverable() {
        UUID production = Fixtures.releasedProduction(ds, "Musique", "FR", null);
        String id = deliverable(production, "MUSIC_CUE_SHEET", null, null).then().statusCode(201).extract().path("id");
        TestEvents.send(bootstrap, BobineStack.topic("rights"), TestEvents.event("/rights-service", "rights.cuesheet.finalized",
                production.toString(), TestEvents.map("productionId", production.toString(), "cueSheetId", UUID.randomUUID().toString(),
                        "episodeNumber", null, "cueCount", 12, "programmeDuration", "01:45:00", "totalMusic", "00:31:12:10",
                        "finalizedAt", "2027-09-01T10:00:00Z")));
        Eventually.within(Duration.ofSeconds(30), () -> given().auth().oauth2(AUDITOR)
                .get("/productions/{p}/deliverables/{d}", production, id).then().statusCode(200)
                .body("qcState", equalTo("DELIVERED"))
                .body("history[1].actor", equalTo("rights-service")));
    }

    static Response deliverable(UUID production, String kind, String dcpName, String instalment) {
        return given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body("""
                {"recipient": "Pyramide Distribution", "kind": "%s", "dueOn": "2026-09-01",
                 "spec": {"wrapper": "MXF OP1a AS-10 HIGH_HD_2014", "codec": "XDCAM HD422 50 Mb/s",
                          "loudnessTarget": "-23 LUFS, true peak -3 dBTP", "audioLayout": "8 x PCM 48 kHz 24-bit",
                          "timecodeStart": "10:00:00:00", "notes": null},
                 "dcpName": %s, "mgInstalmentId": %s}""".formatted(kind, dcpName == null ? "null" : "\"" + dcpName + "\"",
                instalment == null ? "null" : "\"" + instalment + "\""))
                .post("/productions/{id}/deliverables", production);
    }

    static Response move(UUID production, String deliverable, String to, int version) {
        return given().auth().oauth2(MANAGER).contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"")
                .body("{\"to\": \"" + to + "\", \"note\": null}")
                .post("/productions/{p}/deliverables/{d}/qc-transitions", production, deliverable);
    }
}
