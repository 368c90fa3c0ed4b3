package fr.bobine.budget.security;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import fr.bobine.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;

/**
 * Tokens an attacker or a careless integration would send, each refused with 401: signed with our key but meant for
 * another audience or for none, longer-lived than the configured maximum (12 hours here), or with roles given as a
 * string instead of an array. The same token shaped as our provider issues it passes.
 */
@QuarkusTest
class TokenHardeningTest {

    static int statusWith(String token) {
        return given().auth().oauth2(token).get("/productions").then().extract().statusCode();
    }

    static void refused(String token) {
        given().auth().oauth2(token).get("/productions").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer");
    }

    @Test
    void aTokenShapedAsTheProviderIssuesThemPasses() {
        given().auth().oauth2(TestTokens.forRoles("producer")).get("/productions").then().statusCode(200);
    }

    @Test
    void aTokenForAnotherAudienceOrForNoneIsRefused() {
        refused(TestTokens.sign(TestTokens.claims("mallory@bobine.local", "producer").audience("another-app")));
        refused(TestTokens.sign(Jwt.issuer(TestTokens.ISSUER).upn("mallory@bobine.local").groups("producer")
                .expiresIn(Duration.ofHours(1))));
    }

    @Test
    void aTokenLivingLongerThanTwelveHoursIsRefusedExactlyTwelvePasses() {
        long now = Instant.now().getEpochSecond();
        // exp - iat = 43,200 s = 12 h: the maximum, accepted
        String twelveHours = TestTokens.sign(TestTokens.claims("claire@bobine.local", "producer").issuedAt(now)
                .expiresAt(now + 43_200));
        given().auth().oauth2(twelveHours).get("/productions").then().statusCode(200);
        // one second more: refused
        refused(TestTokens.sign(TestTokens.claims("claire@bobine.local", "producer").issuedAt(now).expiresAt(now + 43_201)));
        // ten years, as the issue found accepted
        refused(TestTokens.sign(TestTokens.claims("claire@bobine.local", "producer").issuedAt(now)
                .expiresAt(now + 10L * 365 * 24 * 3600)));
    }

    @Test
    void rolesGivenAsAStringAreRefused() {
        // SmallRye JWT would split "producer auditor" into two roles
        refused(TestTokens.sign(TestTokens.claims("mallory@bobine.local").claim("groups", "producer auditor")));
        refused(TestTokens.sign(TestTokens.claims("mallory@bobine.local").claim("groups", "producer")));
    }

    @Test
    void anUnsignedOrForeignTokenIsRefused() {
        String token = TestTokens.forRoles("producer");
        String[] parts = token.split("\\.");
        refused(parts[0] + "." + parts[1] + ".");
        refused(parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse());
        if (statusWith("not-a-token") != 401) {
            throw new AssertionError("a malformed token must be 401");
        }
    }
}
