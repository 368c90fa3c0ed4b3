package fr.bobine.platform.inbox;

import java.sql.SQLException;
import java.sql.Types;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fr.bobine.platform.events.CloudEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The idempotent-consumer half: an event id is recorded in {@code processed_event} in the same transaction as its
 * effect; an id seen before is skipped. Redelivery and replay are normal, not errors. Ids older than the retention
 * are purged ({@link fr.bobine.platform.outbox.EventRetention}); a record at or below the purged offset of its partition counts as seen.
 */
@ApplicationScoped
public class Inbox {

    @Inject
    DataSource dataSource;

    /** Where a record was read; null fields for an event applied by hand (a dead letter retried). */
    public record Position(String topic, Integer partition, Long offset) {

        static final Position NONE = new Position(null, null, null);
    }

    /** Applies {@code event} with {@code handler} unless {@code consumer} has applied that id; true when applied now. */
    public boolean apply(String consumer, CloudEvent event, EventHandler handler) {
        return QuarkusTransaction.requiringNew().call(() -> applyInCurrentTransaction(consumer, event, handler));
    }

    /** Applies {@code event}, read at {@code position}, unless it was applied before; true when applied now. */
    public boolean apply(String consumer, CloudEvent event, Position position, EventHandler handler) {
        return QuarkusTransaction.requiringNew().call(() -> applyInCurrentTransaction(consumer, event, position, handler));
    }

    /** Same as {@link #apply} inside the caller's transaction. */
    boolean applyInCurrentTransaction(String consumer, CloudEvent event, EventHandler handler) {
        return applyInCurrentTransaction(consumer, event, Position.NONE, handler);
    }

    /** Same as {@link #apply} inside the caller's transaction, for a record read at {@code position}. */
    boolean applyInCurrentTransaction(String consumer, CloudEvent event, Position position, EventHandler handler) {
        if (!recordFirstSight(consumer, event, position)) {
            return false;
        }
        handler.handle(event);
        return true;
    }

    private boolean recordFirstSight(String consumer, CloudEvent event, Position position) {
        try (var connection = dataSource.getConnection();
                var insert = connection.prepareStatement("""
                        insert into processed_event (consumer, event_id, event_type, topic, kafka_partition, kafka_offset)
                        select ?, ?, ?, ?, ?, ? where not exists (
                          select 1 from inbox_watermark w where w.consumer = ? and w.topic = ? and w.kafka_partition = ?
                            and w.purged_to_offset >= ?)
                        on conflict do nothing""")) {
            insert.setString(1, consumer);
            insert.setString(2, event.id());
            insert.setString(3, event.type());
            insert.setString(4, position.topic());
            insert.setObject(5, position.partition(), Types.INTEGER);
            insert.setObject(6, position.offset(), Types.BIGINT);
            insert.setString(7, consumer);
            insert.setString(8, position.topic());
            insert.setObject(9, position.partition(), Types.INTEGER);
            insert.setObject(10, position.offset(), Types.BIGINT);
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record event " + event.id(), e);
        }
    }
}
