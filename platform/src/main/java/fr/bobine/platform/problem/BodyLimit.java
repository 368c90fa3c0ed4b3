package fr.bobine.platform.problem;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * A request body over {@code quarkus.http.limits.max-body-size} is answered 413 with problem details, where the HTTP
 * layer would answer an empty 413: at once when Content-Length announces it, and when a chunked body goes past it.
 * <p>
 * An HTTP/1.x body within the limit is read whole on the I/O thread before the request goes to a worker thread, so
 * that the worker finds it in memory: otherwise the REST layer hands each chunk of it from the I/O thread to a worker
 * blocked on a stream, a thread hand-off that cost a quarter of a POST's CPU (benchmarks/platform/RESULTS.md,
 * 2026-12-06).
 */
@ApplicationScoped
public class BodyLimit {

    private static final Set<HttpMethod> HAS_BODY = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH);

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10M")
    MemorySize maxBodySize;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::announced);
        BodyHandler reader = BodyHandler.create(false).setBodyLimit(maxBodySize.asLongValue());
        router.route().order(Integer.MIN_VALUE + 1).handler(context -> {
            // HTTP/1.x only: an HTTP/2 stream whose body was read whole refuses the pause the REST layer asks of it
            // ("Request has already been read"), so it keeps the streamed reading.
            if (HAS_BODY.contains(context.request().method()) && context.request().version() != HttpVersion.HTTP_2) {
                reader.handle(context);
            } else {
                context.next();
            }
        });
        router.route().order(Integer.MIN_VALUE).failureHandler(context -> {
            if (context.statusCode() == 413 && !context.response().headWritten()) {
                refuse(context);
            } else {
                context.next();
            }
        });
    }

    private void announced(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            try {
                if (Long.parseLong(length.trim()) > maxBodySize.asLongValue()) {
                    refuse(context);
                    return;
                }
            } catch (NumberFormatException e) {
                // left to the HTTP layer, which answers 400
            }
        }
        context.next();
    }

    private void refuse(RoutingContext context) {
        String body = "{\"type\":\"urn:bobine:problem:payload-too-large\",\"title\":\"Payload too large\",\"status\":413,"
                + "\"detail\":\"the request body is larger than the " + maxBodySize.asLongValue() + " bytes this service accepts\","
                + "\"instance\":\"" + context.request().path().replace("\\", "").replace("\"", "") + "\"}";
        context.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close").end(body);
    }
}
