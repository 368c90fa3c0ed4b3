package fr.bobine.budget.membership;

import static fr.bobine.budget.devis.BudgetApi.as;
import static fr.bobine.budget.devis.BudgetApi.newProduction;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import fr.bobine.testing.BobineStack;
import fr.bobine.testing.EventSchemas;
import fr.bobine.testing.TestEvents;
import fr.bobine.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Production membership, the master record: the producer makes a user a member with production-scoped roles, every
 * change is audited and published, and the service itself enforces it: a production one is not a member of is a 404
 * on every route of it and missing from the list; a member acts only with the roles the membership gives.
 */
@QuarkusTest
class MembershipResourceTest {

    static final String PRODUCER = TestTokens.forUser("direction@bobine.local", "producer");
    static final String AUDITOR = TestTokens.forUser("cac@bobine.local", "auditor");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    static String user() {
        return "dp-" + UUID.randomUUID().toString().substring(0, 8) + "@bobine.local";
    }

    static String grant(String production, String user, String... roles) {
        return as(PRODUCER).body("{\"user\": \"%s\", \"roles\": %s}".formatted(user, json(roles)))
                .post("/productions/{p}/members", production).then().statusCode(201)
                .header("Location", containsString("/productions/" + production + "/members/")).header("ETag", "\"0\"")
                .extract().path("id");
    }

    static String json(String... roles) {
        return "[" + String.join(", ", List.of(roles).stream().map(r -> "\"" + r + "\"").toList()) + "]";
    }

    @Test
    void aProductionOneIsNotAMemberOfIsUnknownEverywhereAndMissingFromTheList() {
        String production = newProduction("Le Phare " + UUID.randomUUID());
        String other = newProduction("L'Autre Film " + UUID.randomUUID());
        String user = user();
        String manager = TestTokens.forUser(user, "production-manager");

        // not yet a member: the same answer as for a production that does not exist
        given().auth().oauth2(manager).get("/productions/{p}", production).then().statusCode(404)
                .contentType("application/problem+json").body("detail", equalTo("production " + production + " does not exist"));
        given().auth().oauth2(manager).get("/productions/{p}/budgets", production).then().statusCode(404);
        given().auth().oauth2(manager).get("/productions/{p}", UUID.randomUUID()).then().statusCode(404);
        given().auth().oauth2(manager).queryParam("size", 200).get("/productions").then().statusCode(200)
                .body("totalItems", equalTo(0));

        String member = grant(production, user.toUpperCase(), "production-manager");
        given().auth().oauth2(manager).get("/productions/{p}", production).then().statusCode(200);
        given().auth().oauth2(manager).get("/productions/{p}/budgets", production).then().statusCode(200);
        given().auth().oauth2(manager).get("/productions/{p}", other).then().statusCode(404);
        given().auth().oauth2(manager).queryParam("size", 200).get("/productions").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].id", equalTo(production));
        // a role the membership does not give counts for nothing there, even if the token holds it
        given().auth().oauth2(TestTokens.forUser(user, "payroll")).get("/productions/{p}", production).then().statusCode(404);
        // a role the token lacks for the operation: 403, member or not
        given().auth().oauth2(manager).contentType("application/json").body("{}")
                .post("/productions/{p}/members", production).then().statusCode(403);

        JsonNode granted = awaitEvent(production, "production.member.granted");
        EventSchemas.assertValid("production.member.granted", granted.path("data"));
        assertEquals(member, granted.path("data").path("memberId").asText());
        assertEquals(user, granted.path("data").path("user").asText(), "users are compared in small letters");
        as(PRODUCER).get("/productions/{p}/members", production).then().statusCode(200)
                .body("items.user", equalTo(List.of(user))).body("items[0].roles", equalTo(List.of("production-manager")));
    }

    @Test
    void rolesChangeUnderIfMatchAndARevokedMemberLosesTheProductionEverywhereAudited() {
        String production = newProduction("Le Phare " + UUID.randomUUID());
        String user = user();
        String member = grant(production, user, "production-manager");
        String path = "/productions/" + production + "/members/" + member;

        as(PRODUCER).body("{\"roles\": [\"payroll\"]}").put(path).then().statusCode(428);
        as(PRODUCER).header("If-Match", "\"7\"").body("{\"roles\": [\"payroll\"]}").put(path).then().statusCode(412);
        as(PRODUCER).header("If-Match", "\"0\"").body("{\"roles\": [\"payroll\"]}").put(path).then().statusCode(200)
                .header("ETag", "\"1\"").body("roles", equalTo(List.of("payroll")));
        given().auth().oauth2(TestTokens.forUser(user, "production-manager")).get("/productions/{p}", production).then()
                .statusCode(404);
        given().auth().oauth2(TestTokens.forUser(user, "payroll")).get("/productions/{p}", production).then().statusCode(200);

        as(PRODUCER).delete(path).then().statusCode(428);
        as(PRODUCER).header("If-Match", "\"1\"").delete(path).then().statusCode(204);
        given().auth().oauth2(TestTokens.forUser(user, "payroll")).get("/productions/{p}", production).then().statusCode(404);
        EventSchemas.assertValid("production.member.revoked", awaitEvent(production, "production.member.revoked").path("data"));

        given().auth().oauth2(AUDITOR).queryParam("entityType", "production_member").queryParam("entityId", member)
                .get("/audit-records").then().statusCode(200).body("totalItems", equalTo(3))
                .body("items.action", equalTo(List.of("production.member.revoke", "production.member.change",
                        "production.member.grant")))
                .body("items[2].actor", equalTo("direction@bobine.local"));
    }

    @Test
    void badGrantsAreRefusedAndChangeNothing() {
        String production = newProduction("Le Phare " + UUID.randomUUID());
        String user = user();
        grant(production, user, "payroll");
        as(PRODUCER).body("{\"user\": \"%s\", \"roles\": [\"rights-manager\"]}".formatted(user))
                .post("/productions/{p}/members", production).then().statusCode(409).contentType("application/problem+json");
        as(PRODUCER).body("{\"user\": \"x@bobine.local\", \"roles\": [\"producer\"]}")
                .post("/productions/{p}/members", production).then().statusCode(400)
                .body("errors[0].field", containsString("roles"));
        as(PRODUCER).body("{\"user\": \"x@bobine.local\", \"roles\": []}")
                .post("/productions/{p}/members", production).then().statusCode(400);
        as(PRODUCER).body("{\"user\": \"x y@bobine.local\", \"roles\": [\"payroll\"]}")
                .post("/productions/{p}/members", production).then().statusCode(400);
        as(PRODUCER).body("{\"user\": \"x@bobine.local\", \"roles\": [\"payroll\"]}")
                .post("/productions/{p}/members", UUID.randomUUID()).then().statusCode(404);
        as(PRODUCER).get("/productions/{p}/members", production).then().body("totalItems", equalTo(1));
    }

    @Test
    void aGrantOnEveryProductionOpensThemAllAndAProductionManagerSeesWhatTheyCreate() {
        String production = newProduction("Le Phare " + UUID.randomUUID());
        String user = user();
        String payroll = TestTokens.forUser(user, "payroll");
        given().auth().oauth2(payroll).get("/productions/{p}", production).then().statusCode(404);
        String grant = as(PRODUCER).body("{\"user\": \"%s\", \"roles\": [\"payroll\"]}".formatted(user))
                .post("/company-members").then().statusCode(201).extract().path("id");
        given().auth().oauth2(payroll).get("/productions/{p}", production).then().statusCode(200);
        given().auth().oauth2(AUDITOR).get("/company-members/{m}", grant).then().statusCode(200)
                .body("productionId", equalTo(null));
        EventSchemas.assertValid("production.member.granted", awaitEvent("company", "production.member.granted").path("data"));

        String creator = user();
        String manager = TestTokens.forUser(creator, "production-manager");
        String created = given().auth().oauth2(manager).contentType("application/json").body("""
                {"title": "Premier film", "kind": "FEATURE_FILM",
                 "delegatedProducer": {"name": "Les Films du Quai", "siret": "73282932000074"}}""")
                .post("/productions").then().statusCode(201).extract().path("id");
        given().auth().oauth2(manager).get("/productions/{p}", created).then().statusCode(200);
        given().auth().oauth2(manager).get("/productions").then().body("items.id", equalTo(List.of(created)));
        as(PRODUCER).get("/productions/{p}/members", created).then().body("items.user", hasItem(creator))
                .body("items.user", not(hasItem("direction@bobine.local")));
    }

    private JsonNode awaitEvent(String subject, String type) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            for (JsonNode event : TestEvents.readAll(bootstrap, BobineStack.topic("budget"), Duration.ofSeconds(2))) {
                if (subject.equals(event.path("subject").asText()) && type.equals(event.path("type").asText())) {
                    last = event;
                }
            }
            if (last != null) {
                return last;
            }
        }
        throw new AssertionError("no " + type + " for " + subject + " on " + BobineStack.topic("budget"));
    }
}
