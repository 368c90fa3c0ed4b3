package fr.bobine.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import fr.bobine.platform.events.CloudEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * The publishing half of the outbox (a polling publisher). Each run claims the oldest unpublished rows with
 * {@code FOR UPDATE SKIP LOCKED}, sends them keyed by production id with an idempotent producer ({@code acks=all}),
 * waits for every acknowledgement and only then marks them sent, in the same transaction. When Kafka is down the
 * send fails, the transaction rolls back and the rows wait for the next run: nothing committed is lost. A crash
 * between send and mark publishes a row twice, which the consumers' inbox absorbs.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** One relay at a time across instances keeps each production's events in commit order. */
    private static final long RELAY_LOCK = 0x0b0b1e0001L;

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "bobine.outbox.batch-size", defaultValue = "200")
    int batchSize;

    @ConfigProperty(name = "bobine.outbox.send-timeout", defaultValue = "PT15S")
    Duration sendTimeout;

    private volatile KafkaProducer<String, String> producer;
    private volatile boolean failing;

    @Scheduled(every = "${bobine.outbox.interval:1s}", delayed = "${bobine.outbox.delay:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void relay() {
        try {
            int sent;
            do {
                sent = publishBatch();
            } while (sent == batchSize);
            if (failing) {
                LOG.info("Outbox relay: Kafka reachable again, backlog drained");
                failing = false;
            }
        } catch (RuntimeException e) {
            if (!failing) {
                LOG.warnf("Outbox relay: cannot publish now, will retry (%s)", rootMessage(e));
                failing = true;
            }
        }
    }

    /** Publishes one batch in one transaction; returns how many rows it marked sent. */
    public int publishBatch() {
        return QuarkusTransaction.requiringNew().timeout((int) sendTimeout.toSeconds() + 30).call(() -> {
            try (var connection = dataSource.getConnection()) {
                try (var lock = connection.prepareStatement("select pg_try_advisory_xact_lock(?)")) {
                    lock.setLong(1, RELAY_LOCK);
                    try (var rs = lock.executeQuery()) {
                        if (!rs.next() || !rs.getBoolean(1)) {
                            return 0;
                        }
                    }
                }
                List<UUID> ids = new ArrayList<>();
                List<Future<RecordMetadata>> acks = new ArrayList<>();
                try (var select = connection.prepareStatement("""
                        select id, topic, event_key, payload from outbox_event
                        where published_at is null order by seq limit ? for update skip locked""")) {
                    select.setInt(1, batchSize);
                    try (var rs = select.executeQuery()) {
                        while (rs.next()) {
                            if (ids.isEmpty()) {
                                producer();
                            }
                            ids.add(rs.getObject(1, UUID.class));
                            var record = new ProducerRecord<String, String>(rs.getString(2), rs.getString(3), rs.getString(4));
                            record.headers().add("content-type", CloudEvent.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
                            acks.add(producer.send(record));
                        }
                    }
                }
                if (ids.isEmpty()) {
                    return 0;
                }
                long deadline = System.nanoTime() + sendTimeout.toNanos();
                for (Future<RecordMetadata> ack : acks) {
                    ack.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                }
                try (var mark = connection.prepareStatement(
                        "update outbox_event set published_at = now(), attempts = attempts + 1 where id = any(?)")) {
                    mark.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
                    mark.executeUpdate();
                }
                return ids.size();
            } catch (SQLException e) {
                throw new IllegalStateException("outbox relay cannot read the outbox", e);
            }
        });
    }

    /** Rows committed but not yet acknowledged by Kafka. */
    public long backlog() {
        try (var connection = dataSource.getConnection();
                var count = connection.prepareStatement("select count(*) from outbox_event where published_at is null");
                var rs = count.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private KafkaProducer<String, String> producer() {
        if (producer == null) {
            synchronized (this) {
                if (producer == null) {
                    Properties props = new Properties();
                    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
                    props.put(ProducerConfig.ACKS_CONFIG, "all");
                    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
                    props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5");
                    props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "5000");
                    props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
                    props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, String.valueOf(Math.max(10_000, sendTimeout.toMillis() - 1000)));
                    props.put(ProducerConfig.LINGER_MS_CONFIG, "5");
                    props.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay-" + UUID.randomUUID());
                    props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
                    props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
                    producer = new KafkaProducer<>(props);
                }
            }
        }
        return producer;
    }

    void onStop(@Observes ShutdownEvent event) {
        KafkaProducer<String, String> p = producer;
        if (p != null) {
            p.close(Duration.ofSeconds(5));
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
