package fr.bobine.platform.security;

import java.util.Locale;

import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import fr.bobine.platform.http.InvalidParameterException;

/**
 * Refuses, before any resource is matched, a path or query string that carries the NUL character ({@code %00}):
 * PostgreSQL cannot store it and no identifier, code or search text of ours contains it.
 */
public class RequestHygiene {

    @ServerRequestFilter(preMatching = true)
    public void refuseNul(ContainerRequestContext request) {
        String raw = request.getUriInfo().getRequestUri().getRawPath();
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        if (containsNul(raw)) {
            throw new InvalidParameterException("path", "must not contain the NUL character (U+0000)");
        }
        if (containsNul(query)) {
            throw new InvalidParameterException("query", "must not contain the NUL character (U+0000)");
        }
    }

    static boolean containsNul(String raw) {
        return raw != null && (raw.indexOf('\0') >= 0 || raw.toLowerCase(Locale.ROOT).contains("%00"));
    }
}
