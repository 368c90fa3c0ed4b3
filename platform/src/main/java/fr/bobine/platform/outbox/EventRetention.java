package fr.bobine.platform.outbox;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Keeps the event plumbing from growing for ever. Published outbox rows older than {@code bobine.outbox.retention}
 * are deleted: the events stay in Kafka, replayable within the topic's retention. Inbox ids older than
 * {@code bobine.inbox.retention} are deleted too, and for each partition the highest offset deleted becomes the
 * consumer's watermark ({@code inbox_watermark}): records of a partition are applied in order, so a record at or
 * below it was applied before and is skipped even when its id is gone (a replay, a consumer group whose offsets
 * Kafka expired). Deletes go by chunks of {@code bobine.retention.chunk} rows, each in its own transaction, so that
 * a purge never holds locks for long; several instances may purge at once.
 */
@ApplicationScoped
public class EventRetention {

    private static final Logger LOG = Logger.getLogger(EventRetention.class);

    @Inject
    DataSource dataSource;

    @Inject
    MeterRegistry registry;

    @ConfigProperty(name = "bobine.outbox.retention", defaultValue = "P7D")
    Duration outboxRetention;

    @ConfigProperty(name = "bobine.inbox.retention", defaultValue = "P90D")
    Duration inboxRetention;

    @ConfigProperty(name = "bobine.retention.chunk", defaultValue = "10000")
    int chunk;

    @Scheduled(every = "${bobine.retention.every:1h}", delayed = "${bobine.retention.delay:5m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void purge() {
        Instant now = Instant.now();
        long outbox = purgeOutbox(now.minus(outboxRetention));
        long inbox = purgeInbox(now.minus(inboxRetention));
        if (outbox + inbox > 0) {
            LOG.infof("Retention: %d published outbox rows and %d inbox ids deleted in %d ms", outbox, inbox,
                    Duration.between(now, Instant.now()).toMillis());
        }
    }

    /**
     * Deletes the outbox rows published before {@code cutoff}; returns how many. The chunk's keys go as an array
     * ({@code = any(array(...))}), not as {@code in (select ...)}: once PostgreSQL plans the prepared statement
     * generically (limit unknown, guessed at a tenth of the table), the subquery form becomes a hash join over a
     * sequential scan of the whole outbox, 5.5 s a chunk with 10 million rows (benchmarks/platform/retention.sh); the
     * array keeps the primary-key lookups in every plan (16 ms).
     */
    public long purgeOutbox(Instant cutoff) {
        return inChunks("outbox_event", """
                delete from outbox_event where seq = any(array(
                  select seq from outbox_event where published_at < ? order by published_at limit ?))""", cutoff);
    }

    /** Deletes the inbox ids recorded before {@code cutoff}, raising each partition's watermark; returns how many. */
    public long purgeInbox(Instant cutoff) {
        return inChunks("processed_event", """
                with purged as (
                  delete from processed_event where ctid in (
                    select ctid from processed_event where processed_at < ? order by processed_at limit ?)
                  returning consumer, topic, kafka_partition, kafka_offset),
                marks as (
                  insert into inbox_watermark (consumer, topic, kafka_partition, purged_to_offset)
                  select consumer, topic, kafka_partition, max(kafka_offset) from purged
                  where topic is not null and kafka_partition is not null and kafka_offset is not null
                  group by consumer, topic, kafka_partition
                  on conflict (consumer, topic, kafka_partition) do update
                    set purged_to_offset = greatest(inbox_watermark.purged_to_offset, excluded.purged_to_offset),
                        purged_at = now())
                select count(*) from purged""", cutoff);
    }

    private long inChunks(String table, String sql, Instant cutoff) {
        long total = 0;
        while (true) {
            long deleted = QuarkusTransaction.requiringNew().call(() -> {
                try (var connection = dataSource.getConnection(); var delete = connection.prepareStatement(sql)) {
                    delete.setTimestamp(1, Timestamp.from(cutoff));
                    delete.setInt(2, chunk);
                    if (delete.execute()) {
                        try (var rs = delete.getResultSet()) {
                            rs.next();
                            return rs.getLong(1);
                        }
                    }
                    return (long) delete.getUpdateCount();
                } catch (SQLException e) {
                    throw new IllegalStateException("cannot purge " + table, e);
                }
            });
            total += deleted;
            if (deleted < chunk) {
                break;
            }
        }
        if (total > 0) {
            registry.counter("bobine.retention.deleted", "table", table).increment(total);
        }
        return total;
    }
}
