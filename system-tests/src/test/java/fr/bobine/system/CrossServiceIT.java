package fr.bobine.system;

import static fr.bobine.system.SystemUnderTest.asEveryRole;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import fr.bobine.testing.Eventually;
import fr.bobine.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The services working together through Kafka: a production created in budget-service reaches the three others
 * exactly once, also across a broker outage; a distributor's revenue report reaches rights-service's waterfall once;
 * a signed distribution contract's minimum guarantee enters budget-service's financing plan; a crew contract and its
 * approved week, and a signed rights contract, become costs on the lines of budget-service's cost report. In front of
 * them, the edge answers for all four on one origin.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrossServiceIT {

    static final SystemUnderTest system = new SystemUnderTest();
    static final String TOKEN = TestTokens.forRoles("producer", "auditor", "distribution-manager", "rights-manager");
    static final List<String> CONSUMERS = List.of("crew", "rights", "distribution");
    static final Duration WAIT = Duration.ofSeconds(60);

    @BeforeAll
    static void start() throws Exception {
        system.start();
    }

    @AfterAll
    static void stop() throws Exception {
        system.stop();
    }

    static String createProduction(String title) {
        return given().auth().oauth2(TOKEN).contentType(ContentType.JSON).body("""
                {"title": "%s", "kind": "FEATURE_FILM", "originalLanguages": ["fr"],
                 "delegatedProducer": {"name": "Les Films du Quai", "siret": "73282932000074"},
                 "plannedShootingStart": "2027-03-01", "plannedShootingEnd": "2027-04-23"}""".formatted(title))
                .post(system.url("budget") + "/productions")
                .then().statusCode(201).extract().path("id");
    }

    static void assertEverywhere(String id, String title) {
        for (String service : CONSUMERS) {
            Eventually.within(WAIT, () -> given().auth().oauth2(TOKEN).get(system.url(service) + "/productions/{id}", id)
                    .then().statusCode(200).body("title", equalTo(title)));
        }
    }

    @Test
    @Order(1)
    void productionCreatedInBudgetIsReadFromTheThreeOtherServices() {
        String id = createProduction("La Nuit du Phare");
        assertEverywhere(id, "La Nuit du Phare");

        String etag = given().auth().oauth2(TOKEN).get(system.url("budget") + "/productions/{id}", id).header("ETag");
        given().auth().oauth2(TOKEN).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"title\": \"La Nuit du Phare (titre définitif)\"}")
                .patch(system.url("budget") + "/productions/{id}", id).then().statusCode(200);
        assertEverywhere(id, "La Nuit du Phare (titre définitif)");
    }

    @Test
    @Order(2)
    void withTheBrokerDownProductionsAreStillCreatedAndArriveOnceWhenItComesBack() throws Exception {
        system.stopKafka();
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            ids.add(createProduction("Tournage sans Kafka " + i));
        }
        assertEquals(3, unpublished(ids), "the three events wait in budget-service's outbox");
        for (String service : CONSUMERS) {
            given().auth().oauth2(TOKEN).get(system.url(service) + "/productions/{id}", ids.get(0)).then().statusCode(404);
        }

        system.startKafka();
        for (int i = 0; i < ids.size(); i++) {
            assertEverywhere(ids.get(i), "Tournage sans Kafka " + (i + 1));
        }
        Eventually.within(WAIT, () -> assertEquals(0, unpublishedUnchecked(ids)));
        for (String id : ids) {
            String eventId = eventIdOf(id);
            for (String service : CONSUMERS) {
                assertEquals(1, count(service, "select count(*) from processed_event where event_id = ?", eventId),
                        service + " recorded production.created of " + id);
                assertEquals(1, count(service,
                        "select count(*) from production where id = cast(? as uuid) and source_version = 0", id),
                        service + " holds one copy of " + id);
            }
        }
    }

    private String eventIdOf(String productionId) throws SQLException {
        try (var c = system.database("budget"); var q = c.prepareStatement(
                "select cast(id as text) from outbox_event where event_key = ? and event_type = 'production.created'")) {
            q.setString(1, productionId);
            try (var rs = q.executeQuery()) {
                rs.next();
                String id = rs.getString(1);
                if (rs.next()) {
                    throw new AssertionError("two production.created events for " + productionId);
                }
                return id;
            }
        }
    }

    private long unpublished(List<String> ids) throws SQLException {
        long n = 0;
        for (String id : ids) {
            n += count("budget", "select count(*) from outbox_event where published_at is null and event_key = ?", id);
        }
        return n;
    }

    private long unpublishedUnchecked(List<String> ids) {
        try {
            return unpublished(ids);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long count(String service, String sql, String param) throws SQLException {
        try (var c = system.database(service); var q = c.prepareStatement(sql)) {
            q.setString(1, param);
            try (var rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    @Order(3)
    void revenueReportedByADistributorReachesTheWaterfallOnceEvenWhenRetried() {
        String id = createProduction("Le Film qui Rapporte");
        assertEverywhere(id, "Le Film qui Rapporte");
        String report = """
                {"reporter": "Pyramide Distribution", "periodStart": "2026-11-18", "periodEnd": "2026-11-24",
                 "lines": [
                   {"media": "THEATRICAL", "territory": "FR", "weekStart": "2026-11-18", "admissions": 12840,
                    "grossReceipts": {"amount": "98214.60", "currency": "EUR"}},
                   {"media": "VOD", "territory": "BE", "grossReceipts": {"amount": "1520.00", "currency": "EUR"}}]}""";
        Response first = given().auth().oauth2(TOKEN).contentType(ContentType.JSON).header("Idempotency-Key", "report-" + id)
                .body(report).post(system.url("distribution") + "/productions/{id}/revenue-reports", id);
        first.then().statusCode(201);
        // The distributor's integration retries: the same key replays the report, nothing is reported twice.
        given().auth().oauth2(TOKEN).contentType(ContentType.JSON).header("Idempotency-Key", "report-" + id)
                .body(report).post(system.url("distribution") + "/productions/{id}/revenue-reports", id)
                .then().statusCode(201).body("id", equalTo(first.path("id")));

        String reportId = first.path("id");
        Eventually.within(WAIT, () -> given().auth().oauth2(TOKEN)
                .get(system.url("rights") + "/productions/{id}/receipts", id).then().statusCode(200)
                .body("items.size()", equalTo(2))
                .body("items.reportId", org.hamcrest.Matchers.everyItem(equalTo(reportId)))
                .body("items.gross.amount", org.hamcrest.Matchers.containsInAnyOrder("98214.60", "1520.00")));
    }

    @Test
    @Order(4)
    void minimumGuaranteeOfASignedDistributionContractShowsInBudgetFinancingAndItsPaymentInTheCashFlowPlan() {
        String id = createProduction("Le Film Distribué");
        assertEverywhere(id, "Le Film Distribué");
        Response created = given().auth().oauth2(TOKEN).contentType(ContentType.JSON).body("""
                {"counterpartyName": "Pyramide Distribution", "counterpartyKind": "DISTRIBUTOR",
                 "rightsBlocks": [{"media": ["THEATRICAL"], "territories": ["FR"], "languages": ["fr"],
                   "termStart": "2027-10-13", "termEnd": "2039-10-12", "exclusive": true}],
                 "minimumGuarantee": {"amount": "150000.00", "currency": "EUR"},
                 "instalments": [{"label": "20% on signature", "trigger": "ON_SIGNATURE", "share": "0.2"},
                                 {"label": "80% on delivery", "trigger": "ON_DELIVERY", "share": "0.8"}],
                 "commissionRate": "0.30", "expenseCap": null, "reportingFrequency": "YEARLY"}""")
                .post(system.url("distribution") + "/productions/{id}/contracts", id);
        String contract = created.then().statusCode(201).extract().path("id");
        String onSignature = created.path("instalments[0].id");
        given().auth().oauth2(TOKEN).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"signedOn\": \"2026-11-20\"}")
                .post(system.url("distribution") + "/productions/{id}/contracts/{c}/signature", id, contract)
                .then().statusCode(200);

        Eventually.within(WAIT, () -> given().auth().oauth2(TOKEN)
                .get(system.url("budget") + "/productions/{id}/financing-plan", id).then().statusCode(200)
                .body("sources.size()", equalTo(1))
                .body("sources[0].kind", equalTo("DISTRIBUTOR_MINIMUM_GUARANTEE"))
                .body("sources[0].status", equalTo("CONFIRMED"))
                .body("sources[0].amount.amount", equalTo("150000.00")));

        // the distributor pays the 30 000.00 due at signature on 25 November: budget's cash-flow plan has it that day
        given().auth().oauth2(TOKEN).contentType(ContentType.JSON).body("{\"receivedOn\": \"2026-11-25\"}")
                .post(system.url("distribution") + "/productions/{id}/contracts/{c}/instalments/{i}/receipt", id, contract,
                        onSignature)
                .then().statusCode(200).body("instalments[0].status", equalTo("RECEIVED"));
        asEveryRole().body("""
                {"openingBalance": {"amount": "0.00", "currency": "EUR"}, "openingDate": "2026-11-16",
                 "threshold": {"amount": "0.00", "currency": "EUR"}, "vatRate": "0.2", "salaryDaysAfterWeek": 5,
                 "contributionsDay": 15, "contributionsMonthsLater": 1, "statementPaymentDays": 30}""")
                .put(system.url("budget") + "/productions/{id}/cash-flow/settings", id).then().statusCode(200);
        Eventually.within(WAIT, () -> given().auth().oauth2(TOKEN)
                .get(system.url("budget") + "/productions/{id}/cash-flow", id).then().statusCode(200)
                .body("weeks.find { it.isoWeek == '2026-W48' }.totalIn.amount", equalTo("30000.00"))
                .body("weeks.find { it.isoWeek == '2026-W48' }.items.find { it.sourceKind == 'MG_INSTALMENT' }.date",
                        equalTo("2026-11-25")));
    }

    /** Creates, fills and locks a CNC cinema devis with the given lines (account code, quantity, unit, rate). */
    static void lockBudget(String productionId, String... lines) {
        io.restassured.path.json.JsonPath budget = asEveryRole().body("""
                {"templateCode": "CNC-CINEMA", "title": "Devis de production", "ratesOn": "2027-03-01",
                 "versionLabel": "V1"}""").post(system.url("budget") + "/productions/{id}/budgets", productionId)
                .then().statusCode(201).extract().jsonPath();
        String version = system.url("budget") + "/productions/" + productionId + "/budgets/" + budget.getString("id")
                + "/versions/" + budget.getString("versions[0].id");
        for (String line : lines) {
            String[] f = line.split("\\|");
            asEveryRole().body("""
                    {"accountCode": "%s", "quantity": "%s", "unit": "%s", "rate": "%s", "currency": "EUR",
                     "spentInFrance": true}""".formatted(f[0], f[1], f[2], f[3]))
                    .post(version + "/lines").then().statusCode(201);
        }
        asEveryRole().post(version + "/submission").then().statusCode(200);
        asEveryRole().post(version + "/approval").then().statusCode(200);
    }

    static io.restassured.path.json.JsonPath costLine(String productionId, String accountCode) {
        io.restassured.path.json.JsonPath report = given().auth().oauth2(SystemUnderTest.ALL_ROLES)
                .get(system.url("budget") + "/productions/{id}/cost-report", productionId)
                .then().statusCode(200).extract().jsonPath();
        List<java.util.Map<String, Object>> lines = report.getList("lines");
        int index = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (accountCode.equals(lines.get(i).get("accountCode"))) {
                index = i;
                break;
            }
        }
        if (index < 0) {
            throw new AssertionError("no cost-report line on account " + accountCode);
        }
        return report.setRootPath("lines[" + index + "].figures");
    }

    @Test
    @Order(5)
    void aSignedCrewContractAndItsApprovedWeekAreLabourCostsOnTheirBudgetLine() {
        String id = createProduction("Le Film des Techniciens");
        lockBudget(id, "2802|8|semaine|1750.00");
        assertEverywhere(id, "Le Film des Techniciens");

        String crew = system.url("crew") + "/productions/" + id;
        String person = asEveryRole().body("""
                {"lastName": "Le Bihan", "firstNames": "Gwenaël", "sex": "MALE", "kind": "TECHNICIAN",
                 "nir": "185032923212392", "birthDate": "1985-03-14", "birthPlace": "Quimper", "birthDepartement": "29",
                 "address": {"street": "14 rue de Siam", "postcode": "29200", "town": "Brest", "country": "FR"},
                 "iban": "FR7630006000011234567890189", "congesSpectaclesNumber": "C1234567",
                 "medicalVisitDate": "2026-10-15"}""").post(system.url("crew") + "/people")
                .then().statusCode(201).extract().path("id");
        String contract = asEveryRole().body("""
                {"personId": "%s", "positionCode": "3097-CHEF-ELEC", "engagement": "WEEKLY", "weeklyHours": 39,
                 "startDate": "2027-03-01", "firstHour": "08:00", "endDate": "2027-04-25",
                 "rate": {"amount": "1450.00", "currency": "EUR"}, "location": "OUTSIDE_PARIS_REGION",
                 "budgetLineCode": "2802", "allowances": []}""".formatted(person))
                .post(crew + "/contracts").then().statusCode(201).extract().path("id");
        String committed = asEveryRole().post(crew + "/contracts/{c}/signature", contract)
                .then().statusCode(200).extract().path("committedGross.amount");
        String sheet = asEveryRole().body("""
                {"weekStart": "2027-03-01", "days": [
                 {"date": "2027-03-01", "start": "2027-03-01T08:00:00", "end": "2027-03-01T17:00:00", "mealBreakMinutes": 60},
                 {"date": "2027-03-02", "start": "2027-03-02T08:00:00", "end": "2027-03-02T17:00:00", "mealBreakMinutes": 60},
                 {"date": "2027-03-03", "start": "2027-03-03T08:00:00", "end": "2027-03-03T17:00:00", "mealBreakMinutes": 60},
                 {"date": "2027-03-04", "start": "2027-03-04T08:00:00", "end": "2027-03-04T17:00:00", "mealBreakMinutes": 60},
                 {"date": "2027-03-05", "start": "2027-03-05T08:00:00", "end": "2027-03-05T16:00:00", "mealBreakMinutes": 60}]}""")
                .post(crew + "/contracts/{c}/timesheets", contract).then().statusCode(201).extract().path("id");
        String gross = asEveryRole().post(crew + "/contracts/{c}/timesheets/{t}/approval", contract, sheet)
                .then().statusCode(200).extract().path("gross.amount");

        java.math.BigDecimal open = new java.math.BigDecimal(committed).subtract(new java.math.BigDecimal(gross));
        Eventually.within(WAIT, () -> {
            io.restassured.path.json.JsonPath line = costLine(id, "2802");
            assertEquals(gross, line.getString("actual.amount"), "the approved week is the actual labour cost");
            assertEquals(open.toPlainString(), line.getString("committed.amount"),
                    "the contract's gross less the approved week is still committed");
        });
    }

    @Test
    @Order(6)
    void aSignedRightsContractCommitsItsFeesOnChapterOne() {
        String id = createProduction("Le Film Adapté");
        lockBudget(id, "1101|1|forfait|60000.00");
        assertEverywhere(id, "Le Film Adapté");

        String rights = system.url("rights") + "/productions/" + id;
        String work = asEveryRole().body("""
                {"kind": "NOVEL", "title": "Le Gardien de Kéréon (roman)", "adaptedFrom": null,
                 "holders": [{"name": "Yann Quéméner", "kind": "PERSON", "roles": ["AUTHOR"], "society": "SACD"}]}""")
                .post(rights + "/works").then().statusCode(201).extract().path("id");
        io.restassured.path.json.JsonPath created = asEveryRole().body("""
                {"workId": "%s", "kind": "ASSIGNMENT", "holderName": "Yann Quéméner", "reference": "CES-IT-001",
                 "blocks": [{"media": ["THEATRICAL"], "territories": ["WW"], "languages": [], "termStart": "2026-06-01",
                             "termEnd": "2056-05-31", "exclusive": true}],
                 "remuneration": {"flatFees": [
                   {"label": "Option levée", "amount": {"amount": "15000.00", "currency": "EUR"}, "trigger": "ON_SIGNATURE"},
                   {"label": "Premier jour de tournage", "amount": {"amount": "15000.00", "currency": "EUR"},
                    "trigger": "ON_START_OF_SHOOTING"}]}}""".formatted(work))
                .post(rights + "/rights-contracts").then().statusCode(201).extract().jsonPath();
        asEveryRole()
                .header("If-Match", "\"" + created.getString("version") + "\"")
                .body("{\"signedOn\": \"2026-09-15\", \"signedBy\": \"Camille Ferrand\"}")
                .post(rights + "/rights-contracts/{c}/signature", created.getString("id")).then().statusCode(200);

        Eventually.within(WAIT, () -> assertEquals("30000.00", costLine(id, "1101").getString("committed.amount"),
                "both flat fees are committed on the novel's line"));
    }

    @Test
    @Order(7)
    void behindTheEdgeEachServiceAnswersUnderItsPathAndItsLocationsStayBehindTheEdge() {
        for (String service : SystemUnderTest.PORTS.keySet()) {
            given().get(system.edge() + "/api/" + service + "/q/openapi?format=json").then().statusCode(200)
                    .body("info.title", equalTo("Bobine " + service + "-service"))
                    .body("servers[0].url", equalTo("/api/" + service));
        }

        Response created = given().auth().oauth2(TOKEN).contentType(ContentType.JSON).body("""
                {"title": "Le Phare d'Ouessant", "kind": "DOCUMENTARY", "originalLanguages": ["fr"],
                 "delegatedProducer": {"name": "Les Films du Quai", "siret": "73282932000074"}}""")
                .post(system.edge() + "/api/budget/productions");
        created.then().statusCode(201);
        String id = created.path("id");
        // The edge removed /api/budget and sent it as X-Forwarded-Prefix, with its own host and port: the service
        // names the new production where the client can read it, not on its own port.
        assertEquals(system.edge() + "/api/budget/productions/" + id, created.header("Location"));
        given().auth().oauth2(TOKEN).get(created.header("Location")).then().statusCode(200)
                .body("title", equalTo("Le Phare d'Ouessant"));
        for (String service : CONSUMERS) {
            Eventually.within(WAIT, () -> given().auth().oauth2(TOKEN)
                    .get(system.edge() + "/api/" + service + "/productions/{id}", id)
                    .then().statusCode(200).body("title", equalTo("Le Phare d'Ouessant")));
        }
    }

    @Test
    @Order(8)
    void theEdgeServesTheWebApplicationAnswersUnknownApiPathsWithAProblemAndStopsOversizedBodies() {
        given().get(system.edge() + "/").then().statusCode(200).contentType(startsWith("text/html"));
        // A screen of the single-page application, reloaded in the browser: its index.html, which routes it.
        given().get(system.edge() + "/productions/some-screen").then().statusCode(200).contentType(startsWith("text/html"));
        given().get(system.edge() + "/api/payroll/productions").then().statusCode(404)
                .contentType(startsWith("application/problem+json")).body("status", equalTo(404));

        // 10 MiB and one byte: over the services' own limit, refused by the edge before it reaches them.
        byte[] oversized = new byte[10 * 1024 * 1024 + 1];
        java.util.Arrays.fill(oversized, (byte) ' ');
        given().auth().oauth2(TOKEN).contentType(ContentType.JSON).body(oversized)
                .post(system.edge() + "/api/budget/productions").then().statusCode(413);

        given().header("Accept-Encoding", "gzip").get(system.edge() + "/api/budget/q/openapi")
                .then().statusCode(200).header("Content-Encoding", "gzip");
    }
}
