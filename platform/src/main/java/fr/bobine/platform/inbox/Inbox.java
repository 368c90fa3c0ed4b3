package fr.bobine.platform.inbox;

import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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

    /** An event read at a position, for {@link #recordFirstSights}. */
    public record Sighting(CloudEvent event, Position position) {
    }

    /**
     * Records, in one statement, the events of a batch that {@code consumer} has not applied before (by id, and by the
     * partition's purge watermark), inside the caller's transaction; returns their ids. An id twice in the batch is
     * recorded once: its first handler call applies it, the second finds it already applied.
     */
    public Set<String> recordFirstSights(String consumer, List<Sighting> sightings) {
        if (sightings.isEmpty()) {
            return Set.of();
        }
        int n = sightings.size();
        String[] ids = new String[n];
        String[] types = new String[n];
        String[] topics = new String[n];
        Integer[] partitions = new Integer[n];
        Long[] offsets = new Long[n];
        for (int i = 0; i < n; i++) {
            Sighting s = sightings.get(i);
            ids[i] = s.event().id();
            types[i] = s.event().type();
            topics[i] = s.position().topic();
            partitions[i] = s.position().partition();
            offsets[i] = s.position().offset();
        }
        try (var connection = dataSource.getConnection();
                var insert = connection.prepareStatement("""
                        insert into processed_event (consumer, event_id, event_type, topic, kafka_partition, kafka_offset)
                        select ?, b.event_id, b.event_type, b.topic, b.kafka_partition, b.kafka_offset
                        from unnest(?::text[], ?::text[], ?::text[], ?::integer[], ?::bigint[])
                          as b (event_id, event_type, topic, kafka_partition, kafka_offset)
                        where not exists (
                          select 1 from inbox_watermark w where w.consumer = ? and w.topic = b.topic
                            and w.kafka_partition = b.kafka_partition and w.purged_to_offset >= b.kafka_offset)
                        on conflict do nothing
                        returning event_id""")) {
            insert.setString(1, consumer);
            insert.setArray(2, connection.createArrayOf("text", ids));
            insert.setArray(3, connection.createArrayOf("text", types));
            insert.setArray(4, connection.createArrayOf("text", topics));
            insert.setArray(5, connection.createArrayOf("integer", partitions));
            insert.setArray(6, connection.createArrayOf("bigint", offsets));
            insert.setString(7, consumer);
            Set<String> firstSights = new HashSet<>(n * 2);
            try (var rs = insert.executeQuery()) {
                while (rs.next()) {
                    firstSights.add(rs.getString(1));
                }
            }
            return firstSights;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record " + (n == 1 ? "event " + ids[0] : "a batch of " + n + " events"), e);
        }
    }

    private boolean recordFirstSight(String consumer, CloudEvent event, Position position) {
        return recordFirstSights(consumer, List.of(new Sighting(event, position))).contains(event.id());
    }
}
