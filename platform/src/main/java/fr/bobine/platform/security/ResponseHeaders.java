package fr.bobine.platform.security;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Headers on every answer of the API (the headers every response gets, X-Content-Type-Options among them, are set in
 * the platform configuration, quarkus.http.header): nothing the API returns may be stored by a cache or a browser,
 * since every answer is about a production's money, contracts or people (Cache-Control: no-store, RFC 9111 5.2.2.5),
 * and nothing it returns is a page to render or frame (a Content-Security-Policy that allows nothing).
 */
public class ResponseHeaders {

    static final String NO_STORE = "no-store";
    static final String NOTHING_TO_RENDER = "default-src 'none'; frame-ancestors 'none'";

    @ServerResponseFilter
    public void secure(ContainerResponseContext response) {
        if (!response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, NO_STORE);
        }
        response.getHeaders().putSingle("Content-Security-Policy", NOTHING_TO_RENDER);
    }
}
