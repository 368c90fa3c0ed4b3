package fr.bobine.rights.cuesheet;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
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

import fr.bobine.rights.CsvTables;
import fr.bobine.rights.EventContracts;
import fr.bobine.rights.Fixtures;
import fr.bobine.testing.PdfText;
import fr.bobine.testing.TestTokens;
import fr.bobine.testing.EventSchemas;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Cue sheets: validation, CSV export and finalisation with its event, against the real database and broker. */
@QuarkusTest
class CueSheetResourceTest {

    static final String MANAGER = TestTokens.forRoles("rights-manager");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    DataSource dataSource;

    static final String THIRDS = """
            [{"name": "Marc Lenoir", "role": "C", "ipi": "00052219364", "society": "SACEM", "performingShare": "33.33", "mechanicalShare": "50.00"},
             {"name": "Anne Roux", "role": "A", "ipi": "I-000000229-7", "society": "SACEM", "performingShare": "33.33", "mechanicalShare": "%s"},
             {"name": "Éditions du Quai", "role": "E", "society": "SACEM", "performingShare": "%s", "mechanicalShare": null}]""";

    static String sheet(Integer episode, String cue2In, String cue2Out, String lastPerforming) {
        return """
                {"episodeNumber": %s, "episodeTitle": %s, "programmeDuration": "00:52:00:00", "cues": [
                  {"number": 1, "title": "Générique début", "iswc": "T-034.524.680-1", "origin": "COMMISSIONED", "use": "OPENING_CREDITS",
                   "timecodeIn": "00:00:00:00", "timecodeOut": "00:01:10:12", "parties": %s},
                  {"number": 2, "title": "Harbour Lights", "isrc": "FR-Z03-14-00212", "origin": "LIBRARY", "use": "BACKGROUND", "track": 1,
                   "timecodeIn": "%s", "timecodeOut": "%s", "parties": [
                     {"name": "Koka Media", "role": "E", "society": "SACEM", "performingShare": "100"}]}]}"""
                .formatted(episode, episode == null ? "null" : "\"Le phare\"", THIRDS.formatted("50.00", lastPerforming), cue2In, cue2Out);
    }

    /** The sheet with one more cue: the end credits, commissioned, on a second track so that they overlap nothing. */
    static String withEndCredits(String sheet) {
        return sheet.substring(0, sheet.lastIndexOf("]}")) + """
                ,
                  {"number": 3, "title": "Générique fin", "origin": "COMMISSIONED", "use": "END_CREDITS", "track": 2,
                   "timecodeIn": "00:50:30:00", "timecodeOut": "00:52:00:00", "parties": [
                     {"name": "Marc Lenoir", "role": "C", "ipi": "00052219364", "society": "SACEM", "performingShare": "100",
                      "mechanicalShare": "100"}]}]}""";
    }

    Response create(UUID production, String body) {
        return given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body(body).post("/productions/{p}/cue-sheets", production);
    }

    Response replace(UUID production, String id, String ifMatch, String body) {
        var request = given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.put("/productions/{p}/cue-sheets/{c}", production, id);
    }

    /** A cue title a spreadsheet would compute stays text, in both languages; any other language is refused. */
    @Test
    void aCueTitledLikeAFormulaOpensAsTextAndTheFileParsesBackInBothLanguages() throws Exception {
        UUID production = Fixtures.production(dataSource, "=1+1");
        String id = create(production, sheet(null, "00:12:00:00", "00:13:30:00", "33.34").replace("Harbour Lights", "=1+1")).then()
                .statusCode(201).extract().path("id");
        String auditor = TestTokens.forRoles("auditor");

        List<List<List<String>>> fr = CsvTables.parse(given().auth().oauth2(auditor).get("/productions/{p}/cue-sheets/{c}/csv",
                production, id).then().statusCode(200).header("Content-Disposition", equalTo("attachment; filename=\"cue-sheet-" + id
                        + ".csv\"")).extract().asByteArray());
        // the production title and the cue title, both "=1+1", come out with an apostrophe; a film has no episode
        assertEquals(List.of("'=1+1", "", "", "00:52:00:00", "00:02:40:12", "DRAFT"), fr.get(0).get(1));
        assertEquals("'=1+1", fr.get(1).get(4).get(1));
        assertEquals("titre", fr.get(1).get(0).get(1));

        List<List<List<String>>> en = CsvTables.parse(given().auth().oauth2(auditor).queryParam("lang", "en")
                .get("/productions/{p}/cue-sheets/{c}/csv", production, id).then().statusCode(200).extract().asByteArray());
        assertEquals(List.of("production", "episode", "episode title", "programme duration", "total music", "status"), en.get(0).get(0));
        assertEquals("'=1+1", en.get(1).get(4).get(1));
        // 33.33 % of the performing right, a decimal point in English
        assertEquals(List.of("Marc Lenoir", "C", "00052219364", "SACEM", "33.33", "50.00"), en.get(1).get(1).subList(10, 16));

        given().auth().oauth2(auditor).queryParam("lang", "de").get("/productions/{p}/cue-sheets/{c}/csv", production, id).then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("lang"))
                .body("errors[0].reason", equalTo("must be fr or en"));
    }

    @Test
    void aValidEpisodeCueSheetIsExportedAndFinalisedOnce() throws Exception {
        UUID production = Fixtures.production(dataSource, "Le Phare (série)");
        Response created = create(production, sheet(3, "00:12:00:00", "00:13:30:00", "33.34"));
        created.then().statusCode(201).body("status", equalTo("DRAFT")).body("episodeNumber", equalTo(3))
                .body("cues[0].duration", equalTo("00:01:10:12")).body("cues[0].iswc", equalTo("T0345246801"))
                // 1 min 10 s 12 frames + 1 min 30 s = 2 min 40 s 12 frames
                .body("totalMusic", equalTo("00:02:40:12"));
        String id = created.path("id");
        byte[] csv = given().auth().oauth2(TestTokens.forRoles("auditor")).get("/productions/{p}/cue-sheets/{c}/csv", production, id)
                .then().statusCode(200).contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("attachment; filename=\"cue-sheet-ep3-"))
                .extract().asByteArray();
        List<List<List<String>>> tables = CsvTables.parse(csv);
        assertEquals(List.of(List.of("production", "épisode", "titre de l'épisode", "durée du programme", "durée totale de musique",
                "statut"), List.of("Le Phare (série)", "3", "Le phare", "00:52:00:00", "00:02:40:12", "DRAFT")), tables.get(0));
        // one line per party: 3 for the opening credits, 1 for the library track; shares with a decimal comma
        assertEquals(5, tables.get(1).size());
        assertEquals(List.of("1", "Générique début", "T0345246801", "", "COMMISSIONED", "OPENING_CREDITS", "1", "00:00:00:00",
                "00:01:10:12", "00:01:10:12", "Marc Lenoir", "C", "00052219364", "SACEM", "33,33", "50,00"), tables.get(1).get(1));
        assertEquals(List.of("2", "Harbour Lights", "", "FRZ031400212", "LIBRARY", "BACKGROUND", "1", "00:12:00:00", "00:13:30:00",
                "00:01:30:00", "Koka Media", "E", "", "SACEM", "100", ""), tables.get(1).get(4));
        PdfText.assertContains(PdfText.of(given().auth().oauth2(TestTokens.forRoles("auditor"))
                .get("/productions/{p}/cue-sheets/{c}/pdf", production, id), "cue-sheet-ep3-"),
                "Le Phare (série)", "Le phare", "Harbour Lights", "FRZ031400212", "00:01:10:12", "Marc Lenoir", "00052219364",
                "Koka Media", "Exéc. 100,00 %");
        create(production, sheet(3, "00:12:00:00", "00:13:30:00", "33.34")).then().statusCode(409);

        given().auth().oauth2(MANAGER).post("/productions/{p}/cue-sheets/{c}/finalization", production, id).then().statusCode(428);
        given().auth().oauth2(MANAGER).header("If-Match", "\"0\"").post("/productions/{p}/cue-sheets/{c}/finalization", production, id)
                .then().statusCode(200).body("status", equalTo("FINALIZED"));
        given().auth().oauth2(MANAGER).header("If-Match", "\"1\"").post("/productions/{p}/cue-sheets/{c}/finalization", production, id)
                .then().statusCode(409).contentType("application/problem+json");

        JsonNode event = EventContracts.await(bootstrap, "rights.cuesheet.finalized", d -> id.equals(d.path("cueSheetId").asText()));
        assertEquals(production.toString(), event.path("subject").asText());
        assertEquals(3, event.path("data").path("episodeNumber").asInt());
        assertEquals(2, event.path("data").path("cueCount").asInt());
        assertEquals("00:02:40:12", event.path("data").path("totalMusic").asText());
        EventSchemas.assertValid(event);
    }

    @Test
    void sharesOf99Point99PercentOutBeforeInAndOverlapsAreRefusedAndNothingIsStored() {
        UUID production = Fixtures.production(dataSource, "Relevé refusé");
        long before = Fixtures.count(dataSource, "select count(*) from cue_sheet");
        create(production, sheet(null, "00:12:00:00", "00:13:30:00", "33.33")).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.find { it.field == 'cues[0].parties' }.reason", equalTo("performingShare adds up to 99.99%, not 100%"));
        create(production, sheet(null, "00:13:30:00", "00:12:00:00", "33.34")).then().statusCode(400)
                .body("errors.field", hasItem("cues[1].timecodeOut"));
        create(production, sheet(null, "00:01:00:00", "00:02:00:00", "33.34")).then().statusCode(400)
                .body("errors.reason", hasItem("cue 2 overlaps cue 1 on track 1"));
        create(production, sheet(null, "00:12:00:00", "00:13:70:00", "33.34")).then().statusCode(400)
                .body("errors.field", hasItem("cues[1].timecodeOut"));
        assertEquals(before, Fixtures.count(dataSource, "select count(*) from cue_sheet"));
        create(UUID.randomUUID(), sheet(null, "00:12:00:00", "00:13:30:00", "33.34")).then().statusCode(404);
    }

    @Test
    void aCueAddedAtTheFinalMixReplacesTheDraftWhichIsThenFinalisedAndFrozen() {
        UUID production = Fixtures.production(dataSource, "Le Phare (mixage)");
        String id = create(production, sheet(4, "00:12:00:00", "00:13:30:00", "33.34")).then().statusCode(201).header("ETag", "\"0\"")
                .extract().path("id");

        replace(production, id, "\"0\"", withEndCredits(sheet(4, "00:12:00:00", "00:13:30:00", "33.34"))).then().statusCode(200)
                .header("ETag", "\"1\"").body("id", equalTo(id)).body("status", equalTo("DRAFT")).body("cues", hasSize(3))
                .body("cues[2].duration", equalTo("00:01:30:00"))
                // 00:01:10:12 + 00:01:30:00 + 00:01:30:00 = 00:04:10:12
                .body("totalMusic", equalTo("00:04:10:12"));
        given().auth().oauth2(TestTokens.forRoles("auditor")).get("/productions/{p}/cue-sheets/{c}", production, id).then()
                .statusCode(200).header("ETag", "\"1\"").body("cues.title", hasItem("Générique fin"))
                .body("totalMusic", equalTo("00:04:10:12"));
        assertEquals(1, Fixtures.count(dataSource, """
                select count(*) from audit_record where action = 'cue-sheet.replace' and entity_id = ?
                  and before_state ->> 'totalMusic' = '00:02:40:12' and after_state ->> 'totalMusic' = '00:04:10:12'""", id));

        given().auth().oauth2(MANAGER).header("If-Match", "\"1\"").post("/productions/{p}/cue-sheets/{c}/finalization", production, id)
                .then().statusCode(200).body("status", equalTo("FINALIZED")).header("ETag", "\"2\"");
        JsonNode event = EventContracts.await(bootstrap, "rights.cuesheet.finalized", d -> id.equals(d.path("cueSheetId").asText()));
        EventSchemas.assertValid(event);
        assertEquals(3, event.path("data").path("cueCount").asInt());
        assertEquals("00:04:10:12", event.path("data").path("totalMusic").asText());

        replace(production, id, "\"2\"", sheet(4, "00:12:00:00", "00:13:30:00", "33.34")).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("was finalized at"));
        given().auth().oauth2(MANAGER).get("/productions/{p}/cue-sheets/{c}", production, id).then().statusCode(200)
                .header("ETag", "\"2\"").body("status", equalTo("FINALIZED")).body("cues", hasSize(3));
        assertEquals(1, Fixtures.count(dataSource, "select count(*) from audit_record where action = 'cue-sheet.replace' and entity_id = ?", id));
    }

    @Test
    void aReplacementThatBreaksARuleOrTakesAnotherEpisodeIsRefusedLikeACreationAndChangesNothing() {
        UUID production = Fixtures.production(dataSource, "Le Phare (corrections)");
        create(production, sheet(1, "00:12:00:00", "00:13:30:00", "33.34")).then().statusCode(201);
        String id = create(production, sheet(2, "00:12:00:00", "00:13:30:00", "33.34")).then().statusCode(201).extract().path("id");

        replace(production, id, "\"0\"", withEndCredits(sheet(2, "00:12:00:00", "00:13:30:00", "33.33"))).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.find { it.field == 'cues[0].parties' }.reason", equalTo("performingShare adds up to 99.99%, not 100%"));
        replace(production, id, "\"0\"", sheet(2, "00:01:00:00", "00:02:00:00", "33.34")).then().statusCode(400)
                .body("errors.reason", hasItem("cue 2 overlaps cue 1 on track 1"));
        replace(production, id, "\"0\"", sheet(2, "00:51:00:00", "00:53:00:00", "33.34")).then().statusCode(400)
                .body("errors.find { it.field == 'cues[1].timecodeOut' }.reason", equalTo("is after the end of the programme 00:52:00:00"));
        replace(production, id, "\"0\"", sheet(1, "00:12:00:00", "00:13:30:00", "33.34")).then().statusCode(409)
                .body("detail", equalTo("production " + production + " already has a cue sheet for episode 1"));
        replace(production, id, null, withEndCredits(sheet(2, "00:12:00:00", "00:13:30:00", "33.34"))).then().statusCode(428);
        replace(production, id, "\"5\"", withEndCredits(sheet(2, "00:12:00:00", "00:13:30:00", "33.34"))).then().statusCode(412);
        given().auth().oauth2(TestTokens.forRoles("auditor")).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(withEndCredits(sheet(2, "00:12:00:00", "00:13:30:00", "33.34")))
                .put("/productions/{p}/cue-sheets/{c}", production, id).then().statusCode(403);

        given().auth().oauth2(MANAGER).get("/productions/{p}/cue-sheets/{c}", production, id).then().statusCode(200)
                .header("ETag", "\"0\"").body("episodeNumber", equalTo(2)).body("cues", hasSize(2))
                .body("totalMusic", equalTo("00:02:40:12"));
        assertEquals(0, Fixtures.count(dataSource, "select count(*) from audit_record where action = 'cue-sheet.replace' and entity_id = ?", id));

        // the same sheet may keep its own episode number, or move to one nobody has
        replace(production, id, "\"0\"", sheet(3, "00:12:00:00", "00:13:30:00", "33.34")).then().statusCode(200)
                .body("episodeNumber", equalTo(3)).header("ETag", "\"1\"");
        replace(production, id, "\"1\"", sheet(3, "00:20:00:00", "00:21:00:00", "33.34")).then().statusCode(200)
                .body("cues[1].timecodeIn", equalTo("00:20:00:00")).header("ETag", "\"2\"");
    }

    @Test
    void eachCueIsAvailableWhereItsMusicLicenceRunsAndACueOfANovelIsRefused() {
        UUID production = Fixtures.production(dataSource, "Disponibilité des musiques");
        String harbour = given().auth().oauth2(MANAGER).contentType(ContentType.JSON)
                .body("{\"kind\": \"PRE_EXISTING_MUSIC\", \"title\": \"Harbour Lights\", \"holders\": []}")
                .post("/productions/{p}/works", production).then().statusCode(201).extract().path("id");
        String novel = given().auth().oauth2(MANAGER).contentType(ContentType.JSON)
                .body("{\"kind\": \"NOVEL\", \"title\": \"Le phare\", \"holders\": []}")
                .post("/productions/{p}/works", production).then().statusCode(201).extract().path("id");
        // a library licence for cinemas and SVOD in France and Belgium, 2026 to 2031
        String licence = given().auth().oauth2(MANAGER).contentType(ContentType.JSON).body("""
                {"workId": "%s", "kind": "LICENCE", "holderName": "Koka Media", "blocks": [{"media": ["THEATRICAL", "SVOD"],
                 "territories": ["FR", "BE"], "termStart": "2026-01-01", "termEnd": "2031-12-31", "exclusive": false}],
                 "remuneration": {"flatFees": [{"label": "Synchronisation", "amount": {"amount": "1500.00", "currency": "EUR"},
                 "trigger": "ON_SIGNATURE"}]}}""".formatted(harbour)).post("/productions/{p}/rights-contracts", production).then()
                .statusCode(201).extract().path("id");
        given().auth().oauth2(MANAGER).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"signedOn\": \"2026-02-01\", \"signedBy\": \"Camille Ferrand\"}")
                .post("/productions/{p}/rights-contracts/{c}/signature", production, licence).then().statusCode(200);
        String linked = sheet(null, "00:10:00:00", "00:12:00:00", "33.34")
                .replace("\"origin\": \"LIBRARY\",", "\"origin\": \"LIBRARY\", \"workId\": \"" + harbour + "\",");
        long sheets = Fixtures.count(dataSource, "select count(*) from cue_sheet");
        create(production, linked.replace(harbour, novel)).then().statusCode(400)
                .body("errors.find { it.field == 'cues[1].workId' }.reason", containsString("is NOVEL, not music"));
        create(production, linked.replace(harbour, UUID.randomUUID().toString())).then().statusCode(400)
                .body("errors.field", hasItem("cues[1].workId"));
        assertEquals(sheets, Fixtures.count(dataSource, "select count(*) from cue_sheet"));
        String id = create(production, linked).then().statusCode(201).body("cues[1].workId", equalTo(harbour)).extract().path("id");

        // cinemas in France in 2027: cue 2 is cleared, cue 1 (the score, linked to no work yet) is not
        given().auth().oauth2(TestTokens.forRoles("distribution-manager")).queryParam("media", "THEATRICAL").queryParam("territory", "FR")
                .queryParam("from", "2027-03-01").queryParam("to", "2027-12-31")
                .get("/productions/{p}/cue-sheets/{c}/availability", production, id).then().statusCode(200)
                .body("available", equalTo(false))
                .body("cues.number", equalTo(java.util.List.of(1, 2)))
                .body("cues[0].available", equalTo(false))
                .body("cues[0].reasons[0]", equalTo("cue 1 is linked to no music work: its licence is not recorded"))
                .body("cues[1].available", equalTo(true))
                .body("cues[1].workTitle", equalTo("Harbour Lights"));
        // free TV in France: the library licence does not cover it
        given().auth().oauth2(MANAGER).queryParam("media", "FREE_TV").queryParam("territory", "FR").queryParam("from", "2027-03-01")
                .queryParam("to", "2027-12-31").get("/productions/{p}/cue-sheets/{c}/availability", production, id).then().statusCode(200)
                .body("cues[1].reasons[0]", equalTo("not licensed by \"Harbour Lights\": no FREE_TV rights in FR"));
        given().auth().oauth2(MANAGER).queryParam("media", "FREE_TV").queryParam("territory", "XX").queryParam("from", "2027-03-01")
                .queryParam("to", "2027-12-31").get("/productions/{p}/cue-sheets/{c}/availability", production, id).then().statusCode(400);
        given().auth().oauth2(MANAGER).queryParam("media", "FREE_TV").queryParam("territory", "FR").queryParam("from", "2027-03-01")
                .queryParam("to", "2027-12-31").get("/productions/{p}/cue-sheets/{c}/availability", production, UUID.randomUUID())
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.forRoles("payroll")).queryParam("media", "FREE_TV").queryParam("territory", "FR")
                .queryParam("from", "2027-03-01").queryParam("to", "2027-12-31")
                .get("/productions/{p}/cue-sheets/{c}/availability", production, id).then().statusCode(403);
    }
}
