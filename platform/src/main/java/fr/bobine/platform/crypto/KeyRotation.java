package fr.bobine.platform.crypto;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import fr.bobine.platform.audit.AuditTrail;
import fr.bobine.platform.problem.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Re-encrypts every {@link EncryptedColumn} under the active personal-data key, in the background and without stopping
 * the service: rows are taken a batch at a time ({@code FOR UPDATE SKIP LOCKED}, so replicas share the work and a
 * writer of the same row waits for one short transaction), values already under the active key are left alone, and
 * reads go on throughout because the cipher still holds the older keys. A rotation survives a restart: the scheduler
 * resumes any rotation still running.
 *
 * <p>How an operator rotates: put the new key first in {@code BOBINE_PERSONAL_DATA_KEYS} and keep the old ones after
 * it, roll the replicas, start a rotation, wait for it to be done (nothing left under older keys), then remove the old
 * keys.
 */
@ApplicationScoped
public class KeyRotation {

    private static final Logger LOG = Logger.getLogger(KeyRotation.class);
    static final int BATCH = 100;
    /** What an encrypted value starts with: its key id and a colon (see {@link PersonalDataCipher}). */
    static final String KEY_ID_PREFIX = "^[A-Za-z0-9_-]{1,20}:";

    @Inject
    DataSource dataSource;

    @Inject
    PersonalDataCipher cipher;

    @Inject
    Instance<EncryptedColumn> columns;

    @Inject
    AuditTrail audit;

    /** Starts re-encrypting under the active key; 409 while another rotation runs. */
    public KeyRotationDto start() {
        KeyRing ring = cipher.ring().orElseThrow(() -> new ProblemException(503, "personal-data-key-missing",
                "Personal data key not configured", "set BOBINE_PERSONAL_DATA_KEYS before rotating", null));
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            if (running().isPresent()) {
                throw ProblemException.conflict("a key rotation is already running; wait until it is done");
            }
            update("insert into key_rotation (id, target_key_id, status, started_by) values (?, ?, 'RUNNING', ?)", id,
                    ring.activeId(), audit.actor());
            audit.record("personal-data.key-rotation.start", "key_rotation", id, null, Map.of("targetKeyId", ring.activeId()));
        });
        return find(id).orElseThrow();
    }

    public Optional<KeyRotationDto> find(UUID id) {
        return query("select * from key_rotation where id = ?", id).stream().findFirst();
    }

    /** How many values each key holds, by key id ({@code legacy} for values from before key ids). */
    public PersonalDataKeysDto keys() {
        KeyRing ring = cipher.ring().orElse(null);
        Map<String, Long> byKey = new LinkedHashMap<>();
        if (ring != null) {
            ring.ids().forEach(k -> byKey.put(k, 0L));
        }
        try (Connection c = dataSource.getConnection()) {
            for (EncryptedColumn column : columns) {
                try (var select = c.prepareStatement("select coalesce(substring(" + column.column() + " from '^([A-Za-z0-9_-]+):'), "
                        + "'legacy') as key_id, count(*) from " + column.table() + " where " + column.column()
                        + " is not null group by 1"); ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        byKey.merge(rs.getString(1), rs.getLong(2), Long::sum);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count personal data by key", e);
        }
        List<PersonalDataKeysDto.KeyUse> uses = byKey.entrySet().stream()
                .map(e -> new PersonalDataKeysDto.KeyUse(e.getKey(), ring != null && ring.ids().contains(e.getKey()),
                        ring != null && e.getKey().equals(ring.activeId()), e.getValue()))
                .toList();
        return new PersonalDataKeysDto(ring == null ? null : ring.activeId(), uses);
    }

    @Scheduled(every = "${bobine.personal-data.rotation-every:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void resume() {
        if (cipher.ring().isEmpty()) {
            return;
        }
        sealClearText();
        Optional<KeyRotationDto> rotation = running();
        if (rotation.isEmpty()) {
            return;
        }
        KeyRotationDto current = rotation.get();
        if (!current.targetKeyId().equals(cipher.ring().get().activeId())) {
            // Another replica with another active key started it; this one leaves it to that replica.
            return;
        }
        try {
            int done;
            do {
                done = 0;
                for (EncryptedColumn column : columns) {
                    done += QuarkusTransaction.requiringNew().call(() -> reEncryptBatch(column));
                }
                if (done > 0) {
                    int batch = done;
                    QuarkusTransaction.requiringNew().run(() -> update(
                            "update key_rotation set re_encrypted = re_encrypted + ? where id = ?", batch, current.id()));
                }
            } while (done > 0);
            if (remaining() == 0) {
                QuarkusTransaction.requiringNew().run(() -> update(
                        "update key_rotation set status = 'DONE', finished_at = now() where id = ? and status = 'RUNNING'",
                        current.id()));
                LOG.infof("personal-data key rotation %s done: every value is under key %s", current.id(), current.targetKeyId());
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "personal-data key rotation %s failed", current.id());
            QuarkusTransaction.requiringNew().run(() -> update(
                    "update key_rotation set status = 'FAILED', finished_at = now(), failure = ? where id = ?",
                    String.valueOf(e.getMessage()), current.id()));
        }
    }

    /** Encrypts the values still in clear of the columns that may hold some (see {@link EncryptedColumn#mayHoldClearText}). */
    void sealClearText() {
        for (EncryptedColumn column : columns) {
            if (column.mayHoldClearText()) {
                while (QuarkusTransaction.requiringNew().call(() -> reEncryptBatch(column, true)) > 0) {
                    LOG.debugf("encrypted values of %s.%s that were in clear", column.table(), column.column());
                }
            }
        }
    }

    /** Re-encrypts up to {@link #BATCH} values of {@code column} not yet under the active key; returns how many. */
    int reEncryptBatch(EncryptedColumn column) {
        return reEncryptBatch(column, false);
    }

    private int reEncryptBatch(EncryptedColumn column, boolean clearOnly) {
        String active = cipher.ring().orElseThrow().activeId();
        try (Connection c = dataSource.getConnection()) {
            List<Object[]> rows = new ArrayList<>();
            String which = clearOnly ? column.column() + " !~ ?" : column.column() + " not like ?";
            try (var select = c.prepareStatement("select " + column.idColumn() + ", " + column.column() + " from " + column.table()
                    + " where " + column.column() + " is not null and " + which + " limit ? for update skip locked")) {
                select.setString(1, clearOnly ? KEY_ID_PREFIX : active + ":%");
                select.setInt(2, BATCH);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new Object[] { rs.getObject(1), rs.getString(2) });
                    }
                }
            }
            for (Object[] row : rows) {
                String stored = (String) row[1];
                String plaintext = column.mayHoldClearText() && PersonalDataCipher.keyId(stored) == null ? stored
                        : cipher.decrypt(stored);
                Map<String, String> set = new LinkedHashMap<>();
                set.put(column.column(), cipher.encrypt(plaintext));
                set.putAll(column.derived(plaintext, cipher));
                StringBuilder sql = new StringBuilder("update ").append(column.table()).append(" set ");
                sql.append(String.join(", ", set.keySet().stream().map(k -> k + " = ?").toList()));
                sql.append(" where ").append(column.idColumn()).append(" = ?");
                try (var update = c.prepareStatement(sql.toString())) {
                    int i = 1;
                    for (String value : set.values()) {
                        update.setString(i++, value);
                    }
                    update.setObject(i, row[0]);
                    update.executeUpdate();
                }
            }
            return rows.size();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot re-encrypt " + column.table() + "." + column.column(), e);
        }
    }

    /** Values still under an older key, over every encrypted column. */
    long remaining() {
        String active = cipher.ring().orElseThrow().activeId();
        long total = 0;
        try (Connection c = dataSource.getConnection()) {
            for (EncryptedColumn column : columns) {
                try (var select = c.prepareStatement("select count(*) from " + column.table() + " where " + column.column()
                        + " is not null and " + column.column() + " not like ?")) {
                    select.setString(1, active + ":%");
                    try (ResultSet rs = select.executeQuery()) {
                        rs.next();
                        total += rs.getLong(1);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return total;
    }

    private Optional<KeyRotationDto> running() {
        return query("select * from key_rotation where status = 'RUNNING' order by started_at limit 1").stream().findFirst();
    }

    private void update(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); var statement = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record the key rotation", e);
        }
    }

    private List<KeyRotationDto> query(String sql, Object... params) {
        boolean withRemaining = cipher.ring().isPresent();
        try (Connection c = dataSource.getConnection(); var select = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                select.setObject(i + 1, params[i]);
            }
            List<KeyRotationDto> result = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    Timestamp finished = rs.getTimestamp("finished_at");
                    String status = rs.getString("status");
                    result.add(new KeyRotationDto(rs.getObject("id", UUID.class), rs.getString("target_key_id"),
                            KeyRotationDto.Status.valueOf(status), rs.getString("started_by"),
                            rs.getTimestamp("started_at").toInstant(), finished == null ? null : finished.toInstant(),
                            rs.getLong("re_encrypted"), "RUNNING".equals(status) && withRemaining ? remaining() : 0L,
                            rs.getString("failure")));
                }
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
