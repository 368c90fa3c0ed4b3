package fr.bobine.system;

import static fr.bobine.system.SystemUnderTest.asEveryRole;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.bobine.testing.Eventually;
import io.restassured.path.json.JsonPath;

/**
 * Issue 17: an amended crew contract whose new rate reaches the cost report once. A chief lighting technician is hired on
 * a signed CDDU contract in crew-service, his first week is approved, then an amendment (avenant) raises his rate from
 * the second week; budget-service, through Kafka, replaces the contract's commitment with the amended one instead of
 * adding it, also when the amendment event is delivered again (same event id) and re-sent under a new event id.
 */
class CrewAmendmentIT {

    static final SystemUnderTest system = new SystemUnderTest();
    static final Duration WAIT = Duration.ofSeconds(60);

    @BeforeAll
    static void start() throws Exception {
        system.start();
    }

    @AfterAll
    static void stop() throws Exception {
        system.stop();
    }

    /** 39 h from Monday {@code monday} of March 2027: four days 08:00-17:00 and Friday 08:00-16:00, one hour for lunch. */
    static String week39(int monday) {
        StringBuilder days = new StringBuilder();
        for (int d = monday; d < monday + 5; d++) {
            String date = "2027-03-%02d".formatted(d);
            days.append(d == monday ? "" : ",").append("""
                    {"date": "%1$s", "start": "%1$sT08:00:00", "end": "%1$sT%2$s:00:00", "mealBreakMinutes": 60}"""
                    .formatted(date, d == monday + 4 ? "16" : "17"));
        }
        return "{\"weekStart\": \"2027-03-%02d\", \"days\": [%s]}".formatted(monday, days);
    }

    /** Enters and approves a week of 39 h; returns its gross. */
    static String approvedWeek(String crew, String contract, int monday) {
        String sheet = asEveryRole().body(week39(monday)).post(crew + "/contracts/{c}/timesheets", contract).then().statusCode(201)
                .extract().path("id");
        return asEveryRole().post(crew + "/contracts/{c}/timesheets/{t}/approval", contract, sheet).then().statusCode(200)
                .extract().path("gross.amount");
    }

    /**
     * The figures by hand. Chef électricien (3097-CHEF-ELEC), weekly engagement of 39 h, 1 to 28 March 2027: 28 days, 4
     * weeks started (ContractCost.weeks). Employer rate 0.155 Congés Spectacles + 0.015 prévoyance (CCN 3097 Titre II
     * art. 45) + 0.45 social contributions estimate = 0.62 (crew-service V3__reference_data.sql).
     * <ul>
     * <li>Signed at 1 450.00 a week: committed gross 4 × 1 450.00 = 5 800.00 (CCN 3097 Titre II art. 25, weekly
     * engagement paid by the week); charges 5 800.00 × 0.62 = 3 596.00 (line 42, charges sur personnel intermittent).</li>
     * <li>Week of 1 March, 39 h: 1 450.00 / 40 units = 36.25 an hour; 39 h × 36.25 = 1 413.75 + hours 36 to 39 at +25%
     * (CCN 3097 art. 40 via OvertimeRule3097) 4 × 9.0625 = 36.25: 1 450.00; charges 1 450.00 × 3 596.00 / 5 800.00 =
     * 899.00. Line 2802: actual 1 450.00, committed 5 800.00 − 1 450.00 = 4 350.00.</li>
     * <li>Amendment signed on 1 December 2026, from 8 March at 1 600.00: each week at the rate of the version in force on its first
     * day (ContractCost over versions) = 1 450.00 + 3 × 1 600.00 = 6 250.00, change +450.00; charges 6 250.00 × 0.62 =
     * 3 875.00, change +279.00. Line 2802: commitments 5 800.00 + 450.00 = 6 250.00 less actual 1 450.00 = committed
     * 4 800.00 (if the new commitment were added to the old one instead: 5 800.00 + 6 250.00 − 1 450.00 = 10 600.00);
     * cost to date 6 250.00. Line 42: 3 875.00 − 899.00 = 2 976.00 committed, cost to date 3 875.00.</li>
     * <li>Week of 8 March, 39 h, at the amended rate: 1 600.00 / 40 = 40.00 an hour; 39 × 40.00 = 1 560.00 + 4 × 10.00 =
     * 1 600.00; charges 1 600.00 × 3 875.00 / 6 250.00 = 992.00. Line 2802: actual 3 050.00, committed 6 250.00 − 3 050.00
     * = 3 200.00. Line 42: actual 1 891.00, committed 3 875.00 − 1 891.00 = 1 984.00. Cost to date still 6 250.00 and
     * 3 875.00: the contract costs what it was amended to, once.</li>
     * </ul>
     */
    @Test
    void anAmendedRateReachesTheCostReportOnceEvenWhenItsEventComesAgain() throws Exception {
        String production = asEveryRole().body("""
                {"title": "L'Avenant du Phare", "kind": "FEATURE_FILM", "originalLanguages": ["fr"],
                 "delegatedProducer": {"name": "Les Films du Quai", "siret": "73282932000074"},
                 "plannedShootingStart": "2027-03-01", "plannedShootingEnd": "2027-04-23"}""")
                .post(system.url("budget") + "/productions").then().statusCode(201).extract().path("id");
        CrossServiceIT.lockBudget(production, "2802|8|semaine|1750.00");
        String crew = system.url("crew") + "/productions/" + production;
        Eventually.within(WAIT, () -> asEveryRole().get(crew).then().statusCode(200));

        String person = asEveryRole().body("""
                {"lastName": "Le Bihan", "firstNames": "Gwenaël", "sex": "MALE", "kind": "TECHNICIAN",
                 "nir": "185032923212392", "birthDate": "1985-03-14", "birthPlace": "Quimper", "birthDepartement": "29",
                 "address": {"street": "14 rue de Siam", "postcode": "29200", "town": "Brest", "country": "FR"},
                 "iban": "FR7630006000011234567890189", "congesSpectaclesNumber": "C1234567",
                 "medicalVisitDate": "2026-10-15"}""").post(system.url("crew") + "/people").then().statusCode(201)
                .extract().path("id");
        String contract = asEveryRole().body("""
                {"personId": "%s", "positionCode": "3097-CHEF-ELEC", "engagement": "WEEKLY", "weeklyHours": 39,
                 "startDate": "2027-03-01", "firstHour": "08:00", "endDate": "2027-03-28",
                 "rate": {"amount": "1450.00", "currency": "EUR"}, "location": "OUTSIDE_PARIS_REGION",
                 "budgetLineCode": "2802", "allowances": []}""".formatted(person))
                .post(crew + "/contracts").then().statusCode(201).extract().path("id");
        asEveryRole().post(crew + "/contracts/{c}/signature", contract).then().statusCode(200)
                .body("committedGross.amount", equalTo("5800.00"))
                .body("employerCostEstimate.amount", equalTo("9396.00"));
        assertEquals("1450.00", approvedWeek(crew, contract, 1));
        Eventually.within(WAIT, () -> assertEquals(List.of("1450.00", "4350.00"), figures(production, "2802", "actual", "committed")));
        assertEquals(List.of("899.00", "2697.00"), figures(production, "42", "actual", "committed"));

        // the amendment, through the API, sent twice under one Idempotency-Key (an integration retrying): one version
        String etag = asEveryRole().get(crew + "/contracts/{c}", contract).then().statusCode(200).extract().header("ETag");
        String key = UUID.randomUUID().toString();
        String raise = """
                {"effectiveFrom": "2027-03-08", "signedOn": "2026-12-01", "rate": {"amount": "1600.00", "currency": "EUR"},
                 "reason": "Chef électricien de la deuxième unité à partir de la deuxième semaine"}""";
        for (int attempt = 0; attempt < 2; attempt++) {
            asEveryRole().header("If-Match", etag).header("Idempotency-Key", key).body(raise)
                    .post(crew + "/contracts/{c}/amendments", contract).then().log().ifValidationFails().statusCode(201)
                    .body("number", equalTo(1))
                    .body("committedGross.amount", equalTo("6250.00"))
                    .body("employerCostEstimate.amount", equalTo("10125.00"));
        }
        assertEquals(1, count("crew", "select count(*) from outbox_event where event_type = 'crew.contract.amended' and payload like ?",
                "%" + contract + "%"), "one crew.contract.amended for one amendment, whatever the retries");

        Eventually.within(WAIT, () -> assertEquals(List.of("1450.00", "4800.00", "6250.00"),
                figures(production, "2802", "actual", "committed", "costToDate"), "the new rate replaces the old commitment"));
        assertEquals(List.of("899.00", "2976.00", "3875.00"), figures(production, "42", "actual", "committed", "costToDate"));

        // the amendment event again: the same event redelivered (its outbox row unpublished again, as after a relay crash
        // between Kafka's acknowledgement and the database update) and the same amendment re-sent under a new event id
        String copy = UUID.randomUUID().toString();
        try (Connection c = system.database("crew")) {
            try (var insert = c.prepareStatement("""
                    insert into outbox_event (id, topic, event_key, event_type, payload)
                    select cast(? as uuid), topic, event_key, event_type, replace(payload, id::text, ?) from outbox_event
                    where event_type = 'crew.contract.amended' and payload like ?""")) {
                insert.setString(1, copy);
                insert.setString(2, copy);
                insert.setString(3, "%" + contract + "%");
                assertEquals(1, insert.executeUpdate());
            }
            try (var redeliver = c.prepareStatement("""
                    update outbox_event set published_at = null where event_type = 'crew.contract.amended' and payload like ?
                    and id <> cast(? as uuid)""")) {
                redeliver.setString(1, "%" + contract + "%");
                redeliver.setString(2, copy);
                assertEquals(1, redeliver.executeUpdate());
            }
        }
        // both are on the production's partition, the redelivered one first (lower seq): once the copy is processed, both are
        Eventually.within(WAIT, () -> assertEquals(1, count("budget", "select count(*) from processed_event where event_id = ?", copy),
                "budget-service received the re-sent amendment"));
        assertEquals(0, count("budget", "select count(*) from dead_letter_event where event_id = ?", copy));
        assertEquals(List.of("1450.00", "4800.00", "6250.00"), figures(production, "2802", "actual", "committed", "costToDate"),
                "a replayed amendment books nothing");
        assertEquals(List.of("899.00", "2976.00", "3875.00"), figures(production, "42", "actual", "committed", "costToDate"));

        // the next week is paid at the amended rate and consumes the amended commitment
        assertEquals("1600.00", approvedWeek(crew, contract, 8));
        Eventually.within(WAIT, () -> assertEquals(List.of("3050.00", "3200.00", "6250.00"),
                figures(production, "2802", "actual", "committed", "costToDate")));
        assertEquals(List.of("1891.00", "1984.00", "3875.00"), figures(production, "42", "actual", "committed", "costToDate"));
    }

    private static List<String> figures(String production, String account, String... names) {
        JsonPath line = CrossServiceIT.costLine(production, account);
        return java.util.Arrays.stream(names).map(n -> line.getString(n + ".amount")).toList();
    }

    private static long count(String service, String sql, Object... params) {
        try (Connection c = system.database(service); var select = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                select.setObject(i + 1, params[i]);
            }
            try (var rs = select.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
