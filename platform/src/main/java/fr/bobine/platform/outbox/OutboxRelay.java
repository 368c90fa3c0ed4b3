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
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
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
 * waits for every acknowledgement and only then marks them sent, in the same transaction; rows committed while it
 * waits join the batch and are sent at once. When Kafka is down the send fails, the transaction rolls back and the
 * rows wait for the next poll: nothing committed is lost. A crash between send and mark publishes a row twice, which
 * the consumers' inbox absorbs.
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
    /**
     * How long after it starts a batch still takes in the rows committed while it waits for Kafka: long enough for a
     * few acknowledgements (milliseconds each), short enough that its transaction and row locks stay brief when
     * commits keep coming.
     */
    private static final Duration JOIN_WINDOW = Duration.ofMillis(100);

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
    /** Released by each acknowledgement and each commit: what a batch waiting for Kafka waits on. */
    private final Semaphore progress = new Semaphore(0);
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
        signal(wake);
        signal(progress);
    }

    /** One permit at most: the waiter looks at what changed when it wakes, however many things did. */
    private static void signal(Semaphore semaphore) {
        if (semaphore.availablePermits() == 0) {
            semaphore.release();
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

    /**
     * Publishes one batch in one transaction; returns how many rows it marked sent, or {@link #LOCKED}. While it waits
     * for Kafka's acknowledgements, rows that commit in the meantime join the batch (up to {@code batch-size}) and are
     * sent at once, rather than waiting for this batch to be marked and the next one claimed.
     */
    public int publishBatch() {
        Timer.Sample sample = Timer.start();
        int sent = QuarkusTransaction.requiringNew().timeout((int) sendTimeout.toSeconds() + 30).call(() -> {
            try (var connection = dataSource.getConnection()) {
                if (!tryLock(connection)) {
                    return LOCKED;
                }
                InFlight batch = new InFlight();
                progress.drainPermits(); // what woke it before this batch is not news to it
                try {
                    claimAndSend(connection, batch);
                    if (batch.ids.isEmpty()) {
                        return 0;
                    }
                    awaitAcknowledgements(connection, batch);
                } catch (Exception e) {
                    batch.spans.forEach(s -> s.setStatus(StatusCode.ERROR, e.toString()));
                    throw e;
                } finally {
                    batch.spans.forEach(Span::end);
                }
                // Each row's published_at is the time Kafka acknowledged it.
                try (var mark = connection.prepareStatement("""
                        update outbox_event o set published_at = a.acknowledged_at, attempts = o.attempts + 1
                        from unnest(?, cast(? as timestamptz[])) as a (id, acknowledged_at) where o.id = a.id""")) {
                    mark.setArray(1, connection.createArrayOf("uuid", batch.ids.toArray()));
                    mark.setArray(2, connection.createArrayOf("text", batch.acknowledgedAt()));
                    mark.executeUpdate();
                }
                for (int i = 0; i < batch.ids.size(); i++) {
                    publishDelay.record(Duration.between(batch.written.get(i), batch.acknowledged.get(i)));
                }
                return batch.ids.size();
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

    /** The rows of the batch being published, and what Kafka said of them so far. */
    private final class InFlight {
        final long started = System.nanoTime();
        final long deadline = started + sendTimeout.toNanos();
        final List<UUID> ids = new ArrayList<>();
        final List<Instant> written = new ArrayList<>();
        final List<Span> spans = new ArrayList<>();
        /** When Kafka acknowledged each row, by its place in {@link #ids}. */
        final AtomicReferenceArray<Instant> acknowledged = new AtomicReferenceArray<>(batchSize);
        final AtomicInteger unacknowledged = new AtomicInteger();
        final AtomicReference<Exception> failure = new AtomicReference<>();

        /** Rows committed while it waits join it while it has room, in its first {@link #JOIN_WINDOW}. */
        boolean open() {
            return ids.size() < batchSize && System.nanoTime() - started < JOIN_WINDOW.toNanos();
        }

        Callback sent(int index) {
            unacknowledged.incrementAndGet();
            return (metadata, e) -> {
                if (e != null) {
                    failure.compareAndSet(null, e);
                }
                acknowledged.set(index, Instant.now());
                unacknowledged.decrementAndGet();
                signal(progress);
            };
        }

        /** ISO 8601 instants, in UTC: read the same whatever the session's time zone. */
        String[] acknowledgedAt() {
            String[] at = new String[ids.size()];
            for (int i = 0; i < at.length; i++) {
                at[i] = acknowledged.get(i).toString();
            }
            return at;
        }
    }

    private static boolean tryLock(java.sql.Connection connection) throws SQLException {
        try (var lock = connection.prepareStatement("select pg_try_advisory_xact_lock(?)")) {
            lock.setLong(1, RELAY_LOCK);
            try (var rs = lock.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    /** Claims the oldest unpublished rows not in the batch yet, as many as it has room for, and sends them. */
    private void claimAndSend(java.sql.Connection connection, InFlight batch) throws SQLException {
        try (var select = connection.prepareStatement("""
                select id, topic, event_key, payload, event_type, traceparent, created_at from outbox_event
                where published_at is null and id <> all(?) order by seq limit ? for update skip locked""")) {
            select.setArray(1, connection.createArrayOf("uuid", batch.ids.toArray()));
            select.setInt(2, batchSize - batch.ids.size());
            try (var rs = select.executeQuery()) {
                while (rs.next()) {
                    batch.ids.add(rs.getObject(1, UUID.class));
                    batch.written.add(rs.getTimestamp(7).toInstant());
                    String topic = rs.getString(2);
                    Span span = tracing.startPublish(topic, rs.getString(5), rs.getString(6));
                    batch.spans.add(span);
                    var record = new ProducerRecord<String, String>(topic, rs.getString(3), rs.getString(4));
                    record.headers().add("content-type", CloudEvent.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
                    Map<String, String> trace = new HashMap<>(4);
                    io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator.getInstance()
                            .inject(Context.root().with(span), trace, Map::put);
                    trace.forEach((k, v) -> record.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
                    producer().send(record, batch.sent(batch.ids.size() - 1));
                }
            }
        }
    }

    /**
     * Waits until Kafka acknowledged every row of the batch; a commit meanwhile ({@link #wake}) claims and sends the
     * rows it wrote while the batch is open (when it is not, the permit stays for the next batch). Throws when a
     * send failed or the send timeout passed: the transaction rolls back and the rows wait for the next poll.
     */
    private void awaitAcknowledgements(java.sql.Connection connection, InFlight batch) throws Exception {
        while (batch.unacknowledged.get() > 0 && batch.failure.get() == null) {
            long left = batch.deadline - System.nanoTime();
            if (left <= 0) {
                throw new TimeoutException("Kafka did not acknowledge " + batch.unacknowledged.get() + " events in "
                        + sendTimeout);
            }
            progress.tryAcquire(left, TimeUnit.NANOSECONDS);
            if (batch.open() && wake.tryAcquire()) {
                wake.drainPermits();
                claimAndSend(connection, batch);
            }
        }
        if (batch.failure.get() != null) {
            throw batch.failure.get();
        }
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
