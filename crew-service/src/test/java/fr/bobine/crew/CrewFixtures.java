package fr.bobine.crew;

import static io.restassured.RestAssured.given;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;

import fr.bobine.testing.BobineStack;
import fr.bobine.testing.Eventually;
import fr.bobine.testing.TestEvents;
import fr.bobine.testing.TestTokens;
import io.restassured.http.ContentType;

/** Shared steps of the crew-service resource tests: a production in the copy, people, contracts, events. */
public final class CrewFixtures {

    public static final String PAYROLL = TestTokens.forRoles("payroll");
    public static final String MANAGER = TestTokens.forRoles("production-manager");
    public static final String PRODUCER = TestTokens.forRoles("producer");
    public static final String AUDITOR = TestTokens.forRoles("auditor");

    private CrewFixtures() {
    }

    /** Sends production.created on budget-service's topic and waits until crew-service's copy has it. */
    public static UUID production(String bootstrap, String title) {
        UUID id = UUID.randomUUID();
        TestEvents.send(bootstrap, BobineStack.topic("budget"), TestEvents.event("/budget-service", "production.created",
                id.toString(), TestEvents.map("productionId", id.toString(), "title", title, "originalTitle", null, "kind",
                        "FEATURE_FILM", "status", "PRE_PRODUCTION", "genre", "drama", "originalLanguages", List.of("fr"),
                        "delegatedProducerName", "Les Films du Quai", "delegatedProducerSiret", "73282932000074",
                        "plannedShootingStart", "2027-03-01", "plannedShootingEnd", "2027-04-23", "version", 0,
                        "updatedAt", "2026-11-22T10:00:00Z")));
        Eventually.within(Duration.ofSeconds(30),
                () -> given().auth().oauth2(PAYROLL).get("/productions/{id}", id).then().statusCode(200));
        return id;
    }

    public static String personJson(String lastName, String nir, String iban) {
        return """
                {"lastName": "%s", "firstNames": "Claire", "sex": "FEMALE", "kind": "TECHNICIAN", "nir": %s,
                 "birthDate": "1995-10-12", "birthPlace": "Brest", "birthDepartement": "29",
                 "address": {"street": "8 rue des Vinaigriers", "postcode": "75010", "town": "Paris", "country": "FR"},
                 "iban": %s, "congesSpectaclesNumber": "C123456", "medicalVisitDate": "2026-09-01"}
                """.formatted(lastName, nir == null ? "null" : "\"" + nir + "\"", iban == null ? "null" : "\"" + iban + "\"");
    }

    /** A valid random NIR (born 1995 abroad), so that every test registers a different person. */
    public static String randomNir() {
        long order = 1 + (long) (Math.random() * 998);
        long commune = 100 + (long) (Math.random() * 899);
        String first13 = "2951099" + commune + String.format("%03d", order);
        long key = 97 - Long.parseLong(first13) % 97;
        return first13 + String.format("%02d", key);
    }

    public static String person(String lastName) {
        return given().auth().oauth2(PAYROLL).contentType(ContentType.JSON)
                .body(personJson(lastName, randomNir(), "FR7630006000011234567890189")).post("/people")
                .then().statusCode(201).extract().path("id");
    }

    public static String contractJson(String personId, String position, String rate, String endDate) {
        return """
                {"personId": "%s", "positionCode": "%s", "engagement": "WEEKLY", "weeklyHours": 39,
                 "startDate": "2027-03-01", "firstHour": "08:00", "endDate": %s,
                 "rate": {"amount": "%s", "currency": "EUR"}, "location": "PARIS_REGION", "budgetLineCode": "22-105",
                 "allowances": [{"kind": "MEAL", "amount": {"amount": "18.19", "currency": "EUR"}, "basis": "PER_WORKED_DAY"}]}
                """.formatted(personId, position, endDate == null ? "null" : "\"" + endDate + "\"", rate);
    }

    public static String signedContract(UUID productionId, String personId, String rate) {
        String id = given().auth().oauth2(PAYROLL).contentType(ContentType.JSON)
                .body(contractJson(personId, "3097-1ER-ASS-OP", rate, "2027-04-11"))
                .post("/productions/{p}/contracts", productionId).then().statusCode(201).extract().path("id");
        given().auth().oauth2(PRODUCER).post("/productions/{p}/contracts/{c}/signature", productionId, id).then().statusCode(200);
        return id;
    }

    /** Events of {@code type} about {@code field} = {@code value}, waiting up to 30 s for the first one to be relayed. */
    public static List<JsonNode> events(String bootstrap, String type, String field, String value) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        List<JsonNode> found = new ArrayList<>();
        while (found.isEmpty() && System.nanoTime() < deadline) {
            for (JsonNode e : TestEvents.readAll(bootstrap, BobineStack.topic("crew"), Duration.ofSeconds(2))) {
                if (type.equals(e.path("type").asText()) && value.equals(e.path("data").path(field).asText())) {
                    found.add(e);
                }
            }
        }
        return found;
    }

    public static long count(DataSource dataSource, String sql, Object... params) {
        try (var c = dataSource.getConnection(); var q = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                q.setObject(i + 1, params[i]);
            }
            try (var rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
