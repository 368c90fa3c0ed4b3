package fr.bobine.platform.security;

import java.util.Base64;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;

/**
 * The token's {@code groups} claim, where the roles are, must be a JSON array of strings. SmallRye JWT would split a
 * string on spaces and grant each word as a role; a token that is not shaped as our provider issues them is refused
 * (401) rather than read generously.
 */
@ApplicationScoped
public class GroupsClaimCheck implements SecurityIdentityAugmentor {

    @Inject
    ObjectMapper mapper;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return Uni.createFrom().item(identity);
        }
        String problem = problem(jwt.getClaim(Claims.raw_token.name()));
        if (problem != null) {
            return Uni.createFrom().failure(new AuthenticationFailedException(problem));
        }
        return Uni.createFrom().item(identity);
    }

    /** Why the groups claim of {@code rawToken} is unacceptable, or null when it is an array of strings (or absent). */
    String problem(String rawToken) {
        if (rawToken == null) {
            return null;
        }
        String[] parts = rawToken.split("\\.");
        if (parts.length < 2) {
            return "the token is not a JWS";
        }
        JsonNode claims;
        try {
            claims = mapper.readTree(Base64.getUrlDecoder().decode(parts[1]));
        } catch (java.io.IOException | IllegalArgumentException e) {
            return "the token's claims are not JSON";
        }
        JsonNode groups = claims.get("groups");
        if (groups == null || groups.isNull()) {
            return null;
        }
        if (!groups.isArray()) {
            return "the groups claim must be an array of role names";
        }
        for (JsonNode group : groups) {
            if (!group.isTextual()) {
                return "the groups claim must be an array of role names";
            }
        }
        return null;
    }
}
