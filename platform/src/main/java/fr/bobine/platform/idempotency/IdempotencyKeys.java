package fr.bobine.platform.idempotency;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.function.Supplier;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.bobine.platform.audit.AuditTrail;
import fr.bobine.platform.problem.ProblemException;
import io.quarkus.scheduler.Scheduled;

/**
 * {@code Idempotency-Key} for POSTs that create or book (draft-ietf-httpapi-idempotency-key-header-07): the first
 * request with a key runs and its response is stored in the same transaction as its effect; the same key with the
 * same request replays that response; the same key with another request is refused with 422. A second request
 * that arrives while the first is running waits for it on the key's row, then replays.
 */
@ApplicationScoped
public class IdempotencyKeys {

    /** Longest key accepted, in characters, once its optional quotes are removed. */
    public static final int MAX_LENGTH = 255;

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper mapper;

    @Inject
    AuditTrail auditTrail;

    /**
     * Runs {@code action} once per (user, key). {@code operation} names the endpoint ("POST /productions") and,
     * with {@code request}, makes the fingerprint of the request. Without a key the action simply runs.
     */
    @Transactional
    public <T> RestResponse<T> execute(String key, String operation, Object request, Class<T> type,
            Supplier<RestResponse<T>> action) {
        if (key == null) {
            return action.get();
        }
        String normalizedKey = key.trim();
        if (normalizedKey.length() >= 2 && normalizedKey.startsWith("\"") && normalizedKey.endsWith("\"")) {
            normalizedKey = normalizedKey.substring(1, normalizedKey.length() - 1);
        }
        if (normalizedKey.isEmpty() || normalizedKey.length() > MAX_LENGTH || !normalizedKey.matches("[\\x21-\\x7e]+")) {
            throw ProblemException.badRequest(HEADER, "must be 1 to 255 visible ASCII characters");
        }
        String owner = auditTrail.actor();
        String fingerprint = fingerprint(operation, request);
        try (var connection = dataSource.getConnection()) {
            int inserted;
            try (var insert = connection.prepareStatement("""
                    insert into idempotency_record (owner, idem_key, fingerprint) values (?, ?, ?) on conflict do nothing""")) {
                insert.setString(1, owner);
                insert.setString(2, normalizedKey);
                insert.setString(3, fingerprint);
                inserted = insert.executeUpdate();
            }
            if (inserted == 0) {
                return replay(connection, owner, normalizedKey, fingerprint, type);
            }
            RestResponse<T> response = action.get();
            try (var update = connection.prepareStatement("""
                    update idempotency_record set status = ?, body = ?, location = ?, etag = ? where owner = ? and idem_key = ?""")) {
                update.setInt(1, response.getStatus());
                update.setString(2, response.getEntity() == null ? null : mapper.writeValueAsString(response.getEntity()));
                update.setString(3, response.getLocation() == null ? null : response.getLocation().toString());
                update.setString(4, response.getHeaderString("ETag"));
                update.setString(5, owner);
                update.setString(6, normalizedKey);
                update.executeUpdate();
            }
            return response;
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("idempotency store failed", e);
        }
    }

    private <T> RestResponse<T> replay(java.sql.Connection connection, String owner, String key, String fingerprint,
            Class<T> type) throws SQLException, JsonProcessingException {
        try (var select = connection.prepareStatement(
                "select fingerprint, status, body, location, etag from idempotency_record where owner = ? and idem_key = ?")) {
            select.setString(1, owner);
            select.setString(2, key);
            try (var rs = select.executeQuery()) {
                if (!rs.next()) {
                    throw ProblemException.conflict("a request with this Idempotency-Key is still being processed; retry later");
                }
                if (!rs.getString("fingerprint").equals(fingerprint)) {
                    throw ProblemException.businessRule("idempotency-key-reused",
                            "this Idempotency-Key was already used for a different request");
                }
                if (rs.getObject("status") == null) {
                    throw ProblemException.conflict("a request with this Idempotency-Key is still being processed; retry later");
                }
                String body = rs.getString("body");
                RestResponse.ResponseBuilder<T> builder = RestResponse.ResponseBuilder.<T> create(rs.getInt("status"))
                        .header(REPLAYED_HEADER, "true");
                if (body != null) {
                    builder.entity(mapper.readValue(body, type));
                }
                if (rs.getString("location") != null) {
                    builder.location(URI.create(rs.getString("location")));
                }
                if (rs.getString("etag") != null) {
                    builder.header("ETag", rs.getString("etag"));
                }
                return builder.build();
            }
        }
    }

    private String fingerprint(String operation, Object request) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(operation.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
            sha.update(mapper.writeValueAsBytes(request));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Keys are kept for a day, long enough for any retry of an accounting integration. */
    @Scheduled(every = "1h", delayed = "1m")
    void expire() {
        try (var connection = dataSource.getConnection();
                var delete = connection.prepareStatement(
                        "delete from idempotency_record where created_at < now() - interval '24 hours'")) {
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
