package fr.bobine.platform.inbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** Events a consumer could not apply, parked with the reason so that nothing is lost and the consumer goes on. */
@ApplicationScoped
public class DeadLetters {

    @Inject
    DataSource dataSource;

    /** Parks a record once: the same topic position parked twice keeps the first entry. */
    public void park(String consumer, String topic, int partition, long offset, String key, String eventId,
            String eventType, String payload, String reason) {
        QuarkusTransaction.requiringNew().run(() -> {
            try (var connection = dataSource.getConnection();
                    var insert = connection.prepareStatement("""
                            insert into dead_letter_event
                              (consumer, topic, kafka_partition, kafka_offset, event_key, event_id, event_type, payload, reason)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")) {
                insert.setString(1, consumer);
                insert.setString(2, topic);
                insert.setInt(3, partition);
                insert.setLong(4, offset);
                insert.setString(5, key);
                insert.setString(6, eventId);
                insert.setString(7, eventType);
                insert.setString(8, payload);
                insert.setString(9, reason.length() > 2000 ? reason.substring(0, 2000) : reason);
                insert.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("cannot park event at " + topic + "/" + partition + "@" + offset, e);
            }
        });
    }

    public List<DeadLetterEvent> list(int offset, int limit) {
        return query("select * from dead_letter_event where resolved_at is null order by id limit ? offset ?", limit, offset);
    }

    public long count() {
        try (var connection = dataSource.getConnection();
                var select = connection.prepareStatement("select count(*) from dead_letter_event where resolved_at is null");
                var rs = select.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public Optional<DeadLetterEvent> find(long id) {
        return query("select * from dead_letter_event where id = ? and resolved_at is null", id).stream().findFirst();
    }

    /** Marks a parked event resolved, inside the caller's transaction. */
    void resolve(long id) {
        try (var connection = dataSource.getConnection();
                var update = connection.prepareStatement("update dead_letter_event set resolved_at = now() where id = ?")) {
            update.setLong(1, id);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<DeadLetterEvent> query(String sql, Object... params) {
        try (var connection = dataSource.getConnection(); var select = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                select.setObject(i + 1, params[i]);
            }
            List<DeadLetterEvent> result = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    result.add(new DeadLetterEvent(rs.getLong("id"), rs.getString("consumer"), rs.getString("topic"),
                            rs.getInt("kafka_partition"), rs.getLong("kafka_offset"), rs.getString("event_key"),
                            rs.getString("event_id"), rs.getString("event_type"), rs.getString("payload"),
                            rs.getString("reason"), rs.getTimestamp("parked_at").toInstant()));
                }
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
