package fr.bobine.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.ParseException;

class VerifiedTokensTest {

    static final long T0 = 1_800_000_000L;

    /** Counts verifications; "bad" tokens fail, the others expire at the second their name says ("exp=...") . */
    static class CountingVerifier extends DefaultJWTParser {
        final Map<String, Integer> calls = new HashMap<>();

        @Override
        public JsonWebToken parse(String token) throws ParseException {
            calls.merge(token, 1, Integer::sum);
            if (token.startsWith("bad")) {
                throw new ParseException("signature does not match");
            }
            long exp = Long.parseLong(token.substring(token.indexOf('=') + 1));
            return new JsonWebToken() {
                @Override
                public String getName() {
                    return token;
                }

                @Override
                public Set<String> getClaimNames() {
                    return Set.of("exp");
                }

                @Override
                @SuppressWarnings("unchecked")
                public <T> T getClaim(String claimName) {
                    return "exp".equals(claimName) ? (T) Long.valueOf(exp) : null;
                }
            };
        }
    }

    final CountingVerifier verifier = new CountingVerifier();
    Instant now = Instant.ofEpochSecond(T0);
    final VerifiedTokens tokens = new VerifiedTokens(verifier, new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    @Test
    void aTokenIsVerifiedOnceAndReusedForAMinute() throws ParseException {
        String token = "a exp=" + (T0 + 3600);
        JsonWebToken first = tokens.parse(token);
        now = now.plusSeconds(59);
        assertSame(first, tokens.parse(token));
        assertEquals(1, verifier.calls.get(token));
        // 60 s after its verification it is verified again (a withdrawn key stops working within a minute)
        now = Instant.ofEpochSecond(T0 + 60);
        tokens.parse(token);
        assertEquals(2, verifier.calls.get(token));
    }

    @Test
    void aTokenIsNeverReusedAtOrPastItsExpiry() throws ParseException {
        String token = "b exp=" + (T0 + 10);
        tokens.parse(token);
        now = Instant.ofEpochSecond(T0 + 9);
        tokens.parse(token);
        assertEquals(1, verifier.calls.get(token), "9 s later it is still valid: reused");
        now = Instant.ofEpochSecond(T0 + 10);
        tokens.parse(token);
        assertEquals(2, verifier.calls.get(token), "at its expiry the verifier decides again");
    }

    @Test
    void aTokenThatFailsIsNeverKept() {
        assertThrows(ParseException.class, () -> tokens.parse("bad one"));
        assertThrows(ParseException.class, () -> tokens.parse("bad one"));
        assertEquals(2, verifier.calls.get("bad one"));
        assertEquals(0, tokens.size());
    }

    @Test
    void atCapacityExpiredEntriesMakeRoomAndOtherwiseNewTokensAreVerifiedEveryTime() throws ParseException {
        for (int i = 0; i < VerifiedTokens.CAPACITY; i++) {
            tokens.parse("t" + i + " exp=" + (T0 + (i == 0 ? 5 : 3600)));
        }
        String late = "late exp=" + (T0 + 3600);
        tokens.parse(late);
        tokens.parse(late);
        assertEquals(2, verifier.calls.get(late), "full of live tokens: not kept");
        now = Instant.ofEpochSecond(T0 + 5);
        tokens.parse(late);
        tokens.parse(late);
        assertEquals(3, verifier.calls.get(late), "t0 expired and made room");
        assertEquals(VerifiedTokens.CAPACITY, tokens.size());
    }
}
