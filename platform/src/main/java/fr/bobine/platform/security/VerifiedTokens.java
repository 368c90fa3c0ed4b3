package fr.bobine.platform.security;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.SecretKey;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;

/**
 * A bearer token is verified once, not at every request: a client sends the same token many times, and parsing and
 * checking its RS256 signature cost more CPU than the rest of a small GET (benchmarks/platform/RESULTS.md). The token
 * that passed SmallRye JWT's every check (signature, issuer, audience, lifetime, required claims) is reused for the
 * same bytes until the earlier of its expiry and one minute after its verification, so a signing key withdrawn from
 * the provider's key set stops being honoured within a minute as well. A token that fails is never kept, and at most
 * {@value #CAPACITY} tokens are.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens implements JWTParser {

    static final Duration REUSE = Duration.ofMinutes(1);
    static final int CAPACITY = 10_000;

    private record Verified(JsonWebToken token, long reusableUntilSecond) {
    }

    private final ConcurrentHashMap<String, Verified> verified = new ConcurrentHashMap<>();
    private final JWTParser verifier;
    private final Clock clock;

    @Inject
    VerifiedTokens(DefaultJWTParser verifier) {
        this(verifier, Clock.systemUTC());
    }

    VerifiedTokens(JWTParser verifier, Clock clock) {
        this.verifier = verifier;
        this.clock = clock;
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        long now = clock.instant().getEpochSecond();
        Verified known = verified.get(token);
        if (known != null && now < known.reusableUntilSecond()) {
            return known.token();
        }
        JsonWebToken jwt = verifier.parse(token);
        long until = Math.min(jwt.getExpirationTime(), now + REUSE.toSeconds());
        if (until > now && roomFor(now)) {
            verified.put(token, new Verified(jwt, until));
        }
        return jwt;
    }

    private boolean roomFor(long now) {
        if (verified.size() < CAPACITY) {
            return true;
        }
        verified.values().removeIf(v -> v.reusableUntilSecond() <= now);
        return verified.size() < CAPACITY;
    }

    int size() {
        return verified.size();
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return verifier.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return verifier.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return verifier.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return verifier.parseOnly(token);
    }
}
