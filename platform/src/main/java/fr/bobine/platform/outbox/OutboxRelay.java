package fr.bobine.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
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
import fr.bobine.platform.observability.EventTimers;
import fr.bobine.platform.observability.EventTracing;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Context;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * The publishing half of the outbox. A relay thread sleeps until a transaction that wrote the outbox commits
 * ({@link Outbox} wakes it) or until {@code bobine.outbox.interval} passes (the poll is the safety net: rows written
 * by another instance, a wake lost in a crash). Each batch claims the oldest unpublished rows with
 * {@code FOR UPDATE SKIP LOCKED}, sends them keyed by production id with an idempotent producer ({@code acks=all}),
 * waits for every acknowledgement and only then marks them sent, in the same transaction. When Kafka is down the
 * send fails, the transaction rolls back and the rows wait for the next poll: nothing committed is lost. A crash
 * between send and mark publishes a row twice, which the consumers' inbox absorbs.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** One relay at a time across instances keeps each production's events in commit order. */
    private static final long RELAY_LOCK = 0x0b0b1e0001L;
    /** {@link #publishBatch} when another instance holds the relay lock. */
    public static final int LOCKED = -1;
    /** How soon to try again when another instance holds the lock: it may have looked before our commit. */
    private static final Duration LOCK_RETRY = Duration.ofMillis(10);
    private static final Duration BACKLOG_CACHE = Duration.ofSeconds(5);

    @Inject
    DataSource dataSource;

    @Inject
    EventTracing tracing;

    @Inject
    MeterRegistry registry;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "bobine.outbox.batch-size", defaultValue = "200")
    int batchSize;

    @ConfigProperty(name = "bobine.outbox.send-timeout", defaultValue = "PT15S")
    Duration sendTimeout;

    /** The safety-net poll; commits in this instance wake the relay at once. */
    @ConfigProperty(name = "bobine.outbox.interval", defaultValue = "PT1S")
    Duration interval;

    @ConfigProperty(name = "bobine.outbox.delay", defaultValue = "PT1S")
    Duration startDelay;

    /** Producer linger: how long a send waits for more records to share its request. */
    @ConfigProperty(name = "bobine.outbox.linger", defaultValue = "PT0.001S")
    Duration linger;

    private final Semaphore wake = new Semaphore(0);
    private volatile boolean running;
    private volatile KafkaProducer<String, String> producer;
    private volatile boolean failing;
    private Thread thread;
    private Counter published;
    private Counter failures;
    private Timer batchTime;
    private Timer publishDelay;
    private volatile Backlog lastBacklog = new Backlog(0, 0, Instant.EPOCH);

    void onStart(@Observes StartupEvent event) {
        published = Counter.builder("bobine.outbox.published").description("Outbox events acknowledged by Kafka")
                .register(registry);
        failures = Counter.builder("bobine.outbox.failures")
                .description("Relay batches that could not be published (Kafka or the database away)").register(registry);
        batchTime = Timer.builder("bobine.outbox.batch").description("Time to claim, send and mark one relay batch")
                .register(registry);
        publishDelay = EventTimers.latency("bobine.outbox.publish.delay",
                "From the write of an outbox row to Kafka's acknowledgement of it").register(registry);
        Gauge.builder("bobine.outbox.backlog", this, r -> r.cachedBacklog().rows())
                .description("Outbox rows committed and not yet acknowledged by Kafka").register(registry);
        Gauge.builder("bobine.outbox.oldest.age", this, r -> r.cachedBacklog().oldestSeconds())
                .description("Age in seconds of the oldest unpublished outbox row (0 when none)").baseUnit("seconds")
                .register(registry);
        running = true;
        thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        running = false;
        wake.release();
        if (thread != null) {
            try {
                thread.join(sendTimeout.toMillis() + 5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        KafkaProducer<String, String> p = producer;
        if (p != null) {
            p.close(Duration.ofSeconds(5));
        }
    }

    /** Asks the relay to publish now; called after a commit that wrote the outbox. Never blocks. */
    public void wake() {
        if (wake.availablePermits() == 0) {
            wake.release();
        }
    }

    private void run() {
        sleep(startDelay);
        while (running) {
            try {
                wake.tryAcquire(interval.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            // Commits from now on release a new permit, so a row committed during this drain is not left behind.
            wake.drainPermits();
            if (running) {
                drain();
            }
        }
    }

    /** Publishes until a batch comes back short; keeps trying for a while when another instance holds the lock. */
    private void drain() {
        long giveUp = System.nanoTime() + interval.toNanos();
        try {
            while (running) {
                int sent = publishBatch();
                if (sent == LOCKED) {
                    if (System.nanoTime() > giveUp) {
                        return;
                    }
                    sleep(LOCK_RETRY);
                } else if (sent < batchSize) {
                    break;
                }
            }
            if (failing) {
                LOG.info("Outbox relay: Kafka reachable again, backlog drained");
                failing = false;
            }
        } catch (RuntimeException e) {
            failures.increment();
            if (!failing) {
                LOG.warnf("Outbox relay: cannot publish now, will retry (%s)", rootMessage(e));
                failing = true;
            }
            // While Kafka is away, commits do not make the relay try more often than its poll.
            sleep(interval);
        }
    }

    /** Publishes one batch in one transaction; returns how many rows it marked sent, or {@link #LOCKED}. */
    public int publishBatch() {
        Timer.Sample sample = Timer.start();
        int sent = QuarkusTransaction.requiringNew().timeout((int) sendTimeout.toSeconds() + 30).call(() -> {
            try (var connection = dataSource.getConnection()) {
                try (var lock = connection.prepareStatement("select pg_try_advisory_xact_lock(?)")) {
                    lock.setLong(1, RELAY_LOCK);
                    try (var rs = lock.executeQuery()) {
                        if (!rs.next() || !rs.getBoolean(1)) {
                            return LOCKED;
                        }
                    }
                }
                List<UUID> ids = new ArrayList<>();
                List<Instant> written = new ArrayList<>();
                List<Future<RecordMetadata>> acks = new ArrayList<>();
                List<Span> spans = new ArrayList<>();
                try (var select = connection.prepareStatement("""
                        select id, topic, event_key, payload, event_type, traceparent, created_at from outbox_event
                        where published_at is null order by seq limit ? for update skip locked""")) {
                    select.setInt(1, batchSize);
                    try (var rs = select.executeQuery()) {
                        while (rs.next()) {
                            if (ids.isEmpty()) {
                                producer();
                            }
                            ids.add(rs.getObject(1, UUID.class));
                            written.add(rs.getTimestamp(7).toInstant());
                            String topic = rs.getString(2);
                            Span span = tracing.startPublish(topic, rs.getString(5), rs.getString(6));
                            spans.add(span);
                            var record = new ProducerRecord<String, String>(topic, rs.getString(3), rs.getString(4));
                            record.headers().add("content-type", CloudEvent.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
                            Map<String, String> trace = new HashMap<>(4);
                            io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator.getInstance()
                                    .inject(Context.root().with(span), trace, Map::put);
                            trace.forEach((k, v) -> record.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
                            acks.add(producer.send(record));
                        }
                    }
                }
                if (ids.isEmpty()) {
                    return 0;
                }
                try {
                    long deadline = System.nanoTime() + sendTimeout.toNanos();
                    for (Future<RecordMetadata> ack : acks) {
                        ack.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                    }
                } catch (Exception e) {
                    spans.forEach(s -> s.setStatus(StatusCode.ERROR, e.toString()));
                    throw e;
                } finally {
                    spans.forEach(Span::end);
                }
                try (var mark = connection.prepareStatement(
                        "update outbox_event set published_at = now(), attempts = attempts + 1 where id = any(?)")) {
                    mark.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
                    mark.executeUpdate();
                }
                Instant acked = Instant.now();
                written.forEach(w -> publishDelay.record(Duration.between(w, acked)));
                return ids.size();
            } catch (SQLException e) {
                throw new IllegalStateException("outbox relay cannot read the outbox", e);
            }
        });
        if (sent > 0) {
            sample.stop(batchTime);
            published.increment(sent);
        }
        return sent;
    }

    /** Rows committed but not yet acknowledged by Kafka. */
    public long backlog() {
        return readBacklog().rows();
    }

    /** The backlog for the gauges: read at most every few seconds, however often they are scraped. */
    private Backlog cachedBacklog() {
        Backlog current = lastBacklog;
        if (current.readAt().plus(BACKLOG_CACHE).isBefore(Instant.now())) {
            try {
                current = readBacklog();
                lastBacklog = current;
            } catch (RuntimeException e) {
                LOG.debugf("Outbox backlog unreadable: %s", e.toString());
            }
        }
        return current;
    }

    private Backlog readBacklog() {
        try (var connection = dataSource.getConnection();
                var count = connection.prepareStatement("""
                        select count(*), coalesce(extract(epoch from now() - min(created_at)), 0)
                        from outbox_event where published_at is null""");
                var rs = count.executeQuery()) {
            rs.next();
            return new Backlog(rs.getLong(1), rs.getDouble(2), Instant.now());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Backlog(long rows, double oldestSeconds, Instant readAt) {
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
                    props.put(ProducerConfig.LINGER_MS_CONFIG, String.valueOf(linger.toMillis()));
                    props.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay-" + UUID.randomUUID());
                    props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
                    props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
                    producer = new KafkaProducer<>(props);
                }
            }
        }
        return producer;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
