package fr.bobine.platform.membership;

import java.lang.reflect.Method;
import java.util.Collections;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import fr.bobine.platform.problem.ProblemException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Every route with a {@code {productionId}} in its path (or a {@code productionId} query parameter) answers as if the production did not exist (404) to a caller
 * who is not a member of it, whatever the service: the same answer as for an unknown id, so that nobody learns which
 * productions exist outside their own. A member acts only with the roles their membership gives them on it (403 for
 * an operation their other roles would allow elsewhere); the company-wide roles pass.
 */
public class MembershipFilter {

    static final String PRODUCTION_ID = "productionId";

    @Inject
    Membership membership;

    @Inject
    SecurityIdentity identity;

    @ServerRequestFilter
    public void enforce(UriInfo uriInfo, ResourceInfo resource) {
        String raw = uriInfo.getPathParameters().getFirst(PRODUCTION_ID);
        if (raw == null) {
            // a list across productions narrowed to one by ?productionId= is that production's route too
            raw = uriInfo.getQueryParameters().getFirst(PRODUCTION_ID);
        }
        if (raw == null || identity.isAnonymous()) {
            return;
        }
        UUID productionId;
        try {
            productionId = UUID.fromString(raw);
        } catch (IllegalArgumentException e) {
            return; // the resource answers 400 for a malformed id
        }
        Set<String> allowed = allowedRoles(resource.getResourceMethod(), resource.getResourceClass());
        if (allowed != null && Collections.disjoint(allowed, identity.getRoles())) {
            throw new ForbiddenException(); // no role of the token allows this operation anywhere
        }
        Set<String> effective = membership.effectiveRoles(identity, productionId);
        if (effective.isEmpty()) {
            throw ProblemException.notFound("production", productionId);
        }
        if (allowed != null && Collections.disjoint(allowed, effective)) {
            throw new ForbiddenException();
        }
    }

    static Set<String> allowedRoles(Method method, Class<?> type) {
        RolesAllowed rolesAllowed = method == null ? null : method.getAnnotation(RolesAllowed.class);
        if (rolesAllowed == null && type != null) {
            rolesAllowed = type.getAnnotation(RolesAllowed.class);
        }
        return rolesAllowed == null ? null : Set.of(rolesAllowed.value());
    }
}
