package fr.bobine.platform.inbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RebalanceInProgressException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.bobine.platform.events.CloudEvent;
import fr.bobine.platform.events.EventRejectedException;
import fr.bobine.platform.observability.EventTimers;
import fr.bobine.platform.observability.EventTracing;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Reads the topics a service subscribes to and hands each CloudEvent to the {@link EventHandler} for its type,
 * through the {@link Inbox}. The records of one poll are applied in one database transaction, each partition's in
 * offset order (so each production's events in the order they were published), and their offsets are committed only
 * after that transaction committed (at-least-once delivery, exactly-once effect). A {@link BatchEventHandler} gets
 * each run of consecutive new events of its types together, in one call. When anything in a batch fails,
 * the batch rolls back and its records are applied one by one: an event that cannot be applied is parked in the
 * dead-letter table; a transient failure (database down) is retried from the same offset, and parked after
 * {@code bobine.inbox.max-attempts} tries so that one poisonous event never stops the service.
 */
@ApplicationScoped
public class EventConsumer {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);
    private static final Duration DEAD_LETTER_CACHE = Duration.ofSeconds(5);
    /**
     * How often the offsets of what was applied are committed to Kafka, at most. They only say where to resume: records
     * read again after a crash (a second of them at most) are skipped by the inbox. Committing after every poll sent
     * a request to the broker for each of them, a tenth of the consumer's time under load.
     */
    private static final Duration OFFSET_COMMIT_INTERVAL = Duration.ofSeconds(1);

    @Inject
    Inbox inbox;

    @Inject
    DeadLetters deadLetters;

    @Inject
    Instance<EventHandler> handlers;

    @Inject
    ObjectMapper mapper;

    @Inject
    EventTracing tracing;

    @Inject
    MeterRegistry registry;

    @Inject
    Instance<EntityManager> entityManager;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "bobine.inbox.topics")
    Optional<List<String>> topics;

    /** The consumer group and inbox name; each service has its own, by default its application name. */
    @ConfigProperty(name = "bobine.inbox.consumer")
    Optional<String> consumerOverride;

    @ConfigProperty(name = "quarkus.application.name")
    String applicationName;

    @ConfigProperty(name = "bobine.inbox.max-attempts", defaultValue = "5")
    int maxAttempts;

    @ConfigProperty(name = "bobine.inbox.retry-backoff", defaultValue = "PT1S")
    Duration retryBackoff;

    /** Records per poll, applied in one transaction. */
    @ConfigProperty(name = "bobine.inbox.batch-size", defaultValue = "200")
    int batchSize;

    private final AtomicBoolean running = new AtomicBoolean();
    private final Map<String, Long> lagByTopic = new ConcurrentHashMap<>();
    private final Map<String, Optional<EventHandler>> handlerByType = new ConcurrentHashMap<>();
    private final Map<String, Timer> handlerTimers = new ConcurrentHashMap<>();
    private final Map<String, Counter> outcomeCounters = new ConcurrentHashMap<>();
    private final Map<String, Timer> ageTimers = new ConcurrentHashMap<>();
    private volatile DeadLetterCount deadLetterCount = new DeadLetterCount(0, Instant.EPOCH);
    private DistributionSummary batchSizes;
    private String consumerName;
    private volatile KafkaConsumer<String, String> consumer;
    private Thread thread;

    void onStart(@Observes StartupEvent event) {
        consumerName = consumerOverride.orElse(applicationName);
        Gauge.builder("bobine.dead.letters", this, c -> c.parkedEvents())
                .description("Events parked because they could not be applied, not yet resolved").register(registry);
        if (topics.isEmpty() || topics.get().isEmpty()) {
            return;
        }
        batchSizes = DistributionSummary.builder("bobine.inbox.batch.size")
                .description("Events applied together in one transaction").register(registry);
        for (String topic : topics.get()) {
            Gauge.builder("bobine.inbox.lag", lagByTopic, lags -> lags.getOrDefault(topic, 0L)).tag("topic", topic)
                    .description("Records published on the topic and not yet applied by this instance's partitions")
                    .register(registry);
        }
        running.set(true);
        thread = new Thread(this::run, "inbox-" + consumerName);
        thread.setDaemon(true);
        thread.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        running.set(false);
        KafkaConsumer<String, String> c = consumer;
        if (c != null) {
            c.wakeup();
        }
        if (thread != null) {
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public boolean isRunning() {
        return running.get() && thread != null && thread.isAlive();
    }

    private void run() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, consumerName);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, String.valueOf(batchSize));
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        Map<String, Integer> attempts = new HashMap<>();
        // The offsets after the last records applied, per partition: committed without waiting at most every
        // OFFSET_COMMIT_INTERVAL, and once more, waiting, when the partitions go to another instance (or this one
        // closes).
        Map<TopicPartition, OffsetAndMetadata> applied = new HashMap<>();
        while (running.get()) {
            try (KafkaConsumer<String, String> c = new KafkaConsumer<>(props)) {
                consumer = c;
                c.subscribe(topics.get(), new ConsumerRebalanceListener() {
                    @Override
                    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                        attempts.clear();
                        Map<TopicPartition, OffsetAndMetadata> leaving = new HashMap<>();
                        for (TopicPartition partition : partitions) {
                            OffsetAndMetadata offset = applied.remove(partition);
                            if (offset != null) {
                                leaving.put(partition, offset);
                            }
                        }
                        if (!leaving.isEmpty()) {
                            try {
                                commit(c, leaving);
                            } catch (RuntimeException e) {
                                LOG.infof("Consumer %s: offsets %s not committed on leaving them (%s)", consumerName,
                                        leaving, e.toString());
                            }
                        }
                    }

                    @Override
                    public void onPartitionsLost(Collection<TopicPartition> partitions) {
                        // Already another instance's: nothing of them can be committed from here.
                        attempts.clear();
                        applied.keySet().removeAll(partitions);
                    }

                    @Override
                    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                        LOG.infof("Consumer %s now reads %s", consumerName, partitions);
                    }
                });
                LOG.infof("Consumer %s reading %s", consumerName, topics.get());
                long committedAt = System.nanoTime();
                boolean uncommitted = false;
                while (running.get()) {
                    ConsumerRecords<String, String> records = c.poll(Duration.ofMillis(500));
                    measureLag(c);
                    if (records.isEmpty()) {
                        // nothing new; the offsets applied before may still be due
                    } else if (applyBatch(records)) {
                        for (TopicPartition partition : records.partitions()) {
                            List<ConsumerRecord<String, String>> list = records.records(partition);
                            applied.put(partition, new OffsetAndMetadata(list.get(list.size() - 1).offset() + 1));
                        }
                        uncommitted = true;
                    } else {
                        // Each record's offset committed, waiting, as it is applied or parked: nothing left to commit.
                        applied.keySet().removeAll(records.partitions());
                        applyOneByOne(c, records, attempts);
                    }
                    if (uncommitted && System.nanoTime() - committedAt >= OFFSET_COMMIT_INTERVAL.toNanos()) {
                        commitAsync(c, new HashMap<>(applied));
                        uncommitted = false;
                        committedAt = System.nanoTime();
                    }
                }
            } catch (WakeupException e) {
                // shutting down
            } catch (RuntimeException e) {
                LOG.warnf("Consumer %s stopped on %s; restarting in %s", consumerName, e.toString(), retryBackoff);
                sleep(retryBackoff);
            } finally {
                consumer = null;
                applied.clear();
                lagByTopic.clear();
            }
        }
    }

    /**
     * Applies every record of a poll in one transaction; false, with nothing applied, when any of them fails or is
     * not an event this consumer can apply as it is (the one-by-one path then parks or retries it). The inbox learns
     * which events are new in one statement for the whole poll; their handlers then run one after another, in order
     * (a {@link BatchEventHandler} once for each run of consecutive new events it handles).
     */
    private boolean applyBatch(ConsumerRecords<String, String> records) {
        List<Outcome> outcomes = new ArrayList<>(records.count());
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                List<Read> batch = new ArrayList<>(records.count());
                List<Inbox.Sighting> sightings = new ArrayList<>(records.count());
                for (TopicPartition partition : records.partitions()) {
                    for (ConsumerRecord<String, String> record : records.records(partition)) {
                        CloudEvent event = parse(record).orElseThrow(() -> new EventRejectedException("not a CloudEvent"));
                        Read read = new Read(record, event, handlerFor(event.type()));
                        batch.add(read);
                        if (read.handler() != null) {
                            sightings.add(new Inbox.Sighting(event, read.position()));
                        }
                    }
                }
                Set<String> firstSights = inbox.recordFirstSights(consumerName, sightings);
                for (int i = 0; i < batch.size(); i++) {
                    Read read = batch.get(i);
                    boolean firstSight = firstSights.remove(read.event().id());
                    if (firstSight && read.handler() instanceof BatchEventHandler together) {
                        // The new events that follow for the same handler go with it, in the poll's order.
                        List<Read> run = new ArrayList<>();
                        run.add(read);
                        while (i + 1 < batch.size() && batch.get(i + 1).handler() == together
                                && firstSights.remove(batch.get(i + 1).event().id())) {
                            run.add(batch.get(++i));
                        }
                        outcomes.addAll(applyTogether(together, run));
                    } else {
                        outcomes.add(apply(read, () -> {
                            if (firstSight) {
                                read.handler().handle(read.event());
                            }
                            return firstSight;
                        }));
                    }
                    if (firstSight && entityManager.isResolvable()) {
                        // The next event sees this one's effect whether its handler reads through Hibernate or SQL,
                        // and finds no entity loaded before it, as if it ran in its own transaction.
                        EntityManager em = entityManager.get();
                        em.flush();
                        em.clear();
                    }
                }
            });
        } catch (RuntimeException e) {
            if (records.count() > 1) {
                LOG.debugf("Consumer %s: a batch of %d failed (%s); applying its records one by one", consumerName,
                        records.count(), e.toString());
            }
            return false;
        }
        outcomes.forEach(this::count);
        batchSizes.record(records.count());
        return true;
    }

    /** A record of a poll, its event and the handler for its type (null: no handler here, the event is ignored). */
    private record Read(ConsumerRecord<String, String> record, CloudEvent event, EventHandler handler) {

        Inbox.Position position() {
            return new Inbox.Position(record.topic(), record.partition(), record.offset());
        }
    }

    private void applyOneByOne(KafkaConsumer<String, String> c, ConsumerRecords<String, String> records,
            Map<String, Integer> attempts) {
        for (TopicPartition partition : records.partitions()) {
            for (ConsumerRecord<String, String> record : records.records(partition)) {
                String position = record.topic() + "/" + record.partition() + "@" + record.offset();
                try {
                    process(record);
                    attempts.remove(position);
                } catch (RuntimeException e) {
                    int tries = attempts.merge(position, 1, Integer::sum);
                    if (tries < maxAttempts) {
                        LOG.warnf("Consumer %s: %s failed (try %d of %d), retrying: %s", consumerName, position,
                                tries, maxAttempts, e.toString());
                        c.seek(partition, record.offset());
                        sleep(retryBackoff);
                        break;
                    }
                    attempts.remove(position);
                    park(record, null, null, "failed after " + tries + " tries: " + e);
                }
                if (!commit(c, Map.of(partition, new OffsetAndMetadata(record.offset() + 1)))) {
                    return;
                }
            }
        }
    }

    /** Applies one record in its own transaction; throws only for failures worth retrying. */
    void process(ConsumerRecord<String, String> record) {
        Optional<CloudEvent> read = read(record);
        if (read.isEmpty()) {
            return;
        }
        CloudEvent event = read.get();
        try {
            count(QuarkusTransaction.requiringNew().call(() -> applyInTransaction(record, event)));
        } catch (EventRejectedException | IllegalArgumentException | jakarta.validation.ValidationException e) {
            park(record, event.id(), event.type(), e.getMessage());
        }
    }

    /** The CloudEvent of a record; empty, and the record parked, when it is not one. */
    private Optional<CloudEvent> read(ConsumerRecord<String, String> record) {
        try {
            return Optional.of(envelope(record));
        } catch (JsonProcessingException | EventRejectedException | IllegalArgumentException e) {
            park(record, null, null, "not a CloudEvent 1.0 in structured JSON: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** The CloudEvent of a record; empty when it is not one (the one-by-one path parks it). */
    private Optional<CloudEvent> parse(ConsumerRecord<String, String> record) {
        try {
            return Optional.of(envelope(record));
        } catch (JsonProcessingException | EventRejectedException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private CloudEvent envelope(ConsumerRecord<String, String> record) throws JsonProcessingException {
        if (record.value() == null) {
            throw new EventRejectedException("a record without a value");
        }
        CloudEvent event = mapper.readValue(record.value(), CloudEvent.class);
        event.requireEnvelope();
        return event;
    }

    /** Applies one event inside the current transaction, through the inbox (the one-by-one path). */
    private Outcome applyInTransaction(ConsumerRecord<String, String> record, CloudEvent event) {
        Read read = new Read(record, event, handlerFor(event.type()));
        return apply(read, () -> inbox.applyInCurrentTransaction(consumerName, event, read.position(), read.handler()));
    }

    /** The handler of an event type, looked up among the beans once per type (null: none here). */
    private EventHandler handlerFor(String type) {
        return handlerByType.computeIfAbsent(type, t -> {
            for (EventHandler candidate : handlers) {
                if (candidate.handles(t)) {
                    return Optional.of(candidate);
                }
            }
            return Optional.empty();
        }).orElse(null);
    }

    /**
     * Runs {@code application} (true when it applied the event, false when the inbox had it already) in a span that
     * continues the producer's trace, and times the handler; an event without a handler is ignored.
     */
    private Outcome apply(Read read, BooleanSupplier application) {
        CloudEvent event = read.event();
        if (read.handler() == null) {
            return new Outcome(event, "ignored");
        }
        Span span = startSpan(read);
        try (Scope scope = span.makeCurrent()) {
            long start = System.nanoTime();
            boolean applied = application.getAsBoolean();
            if (applied) {
                handlerTimer(read.handler(), event.type()).record(Duration.ofNanos(System.nanoTime() - start));
            }
            return new Outcome(event, applied ? "applied" : "duplicate");
        } catch (RuntimeException e) {
            failed(span, e);
            throw e;
        } finally {
            span.end();
        }
    }

    /**
     * Applies a run of new events with a handler that takes them together, each in a span that continues its
     * producer's trace; the handler's time is shared equally among them in its timer.
     */
    private List<Outcome> applyTogether(BatchEventHandler handler, List<Read> run) {
        List<Span> spans = new ArrayList<>(run.size());
        List<CloudEvent> events = new ArrayList<>(run.size());
        for (Read read : run) {
            spans.add(startSpan(read));
            events.add(read.event());
        }
        try {
            long start = System.nanoTime();
            handler.handleAll(events);
            Duration each = Duration.ofNanos((System.nanoTime() - start) / run.size());
            List<Outcome> outcomes = new ArrayList<>(run.size());
            for (CloudEvent event : events) {
                handlerTimer(handler, event.type()).record(each);
                outcomes.add(new Outcome(event, "applied"));
            }
            return outcomes;
        } catch (RuntimeException e) {
            spans.forEach(span -> failed(span, e));
            throw e;
        } finally {
            spans.forEach(Span::end);
        }
    }

    /** The span of applying a record's event, continuing its producer's trace. */
    private Span startSpan(Read read) {
        CloudEvent event = read.event();
        return tracing.startProcess(consumerName, read.record().topic(), event.id(), event.type(), event.traceparent(),
                event.tracestate());
    }

    private static void failed(Span span, RuntimeException e) {
        span.recordException(e);
        span.setStatus(StatusCode.ERROR, e.getMessage());
    }

    /**
     * Commits offsets without waiting for Kafka: the next poll starts at once. One that fails (the group rebalancing,
     * the coordinator moving) is covered by the next commit of the partition, or by the waiting one when it is
     * revoked; at worst the partition's next owner reads those records again and its inbox skips them.
     */
    private void commitAsync(KafkaConsumer<String, String> c, Map<TopicPartition, OffsetAndMetadata> offsets) {
        c.commitAsync(offsets, (committed, e) -> {
            if (e != null) {
                LOG.debugf("Consumer %s: offsets %s not committed (%s)", consumerName, committed, e.toString());
            }
        });
    }

    /** Commits offsets; false when the group is rebalancing (the partition's new owner applies again what was not committed, and its inbox skips it). */
    private boolean commit(KafkaConsumer<String, String> c, Map<TopicPartition, OffsetAndMetadata> offsets) {
        try {
            c.commitSync(offsets);
            return true;
        } catch (CommitFailedException | RebalanceInProgressException e) {
            LOG.infof("Consumer %s: offsets %s not committed, the group is rebalancing (%s)", consumerName, offsets,
                    e.getClass().getSimpleName());
            return false;
        }
    }

    private void park(ConsumerRecord<String, String> record, String eventId, String eventType, String reason) {
        LOG.warnf("Consumer %s parks %s/%d@%d: %s", consumerName, record.topic(), record.partition(), record.offset(), reason);
        deadLetters.park(consumerName, record.topic(), record.partition(), record.offset(), record.key(), eventId, eventType,
                record.value(), reason);
        counter(eventType == null ? "unknown" : eventType, "parked").increment();
        deadLetterCount = new DeadLetterCount(deadLetterCount.count() + 1, deadLetterCount.readAt());
    }

    // --- metrics ---------------------------------------------------------------------------------------------------

    private record Outcome(CloudEvent event, String outcome) {
    }

    private record DeadLetterCount(long count, Instant readAt) {
    }

    /** Counts a committed outcome; an applied event also gives its age, from its writing to its commit here. */
    private void count(Outcome outcome) {
        counter(outcome.event().type(), outcome.outcome()).increment();
        if ("applied".equals(outcome.outcome()) && outcome.event().time() != null) {
            ageTimers.computeIfAbsent(outcome.event().type(), type -> EventTimers.latency("bobine.inbox.event.age",
                    "From the event's time at the producer to the commit of its effect here").tag("type", type)
                    .register(registry)).record(Duration.between(outcome.event().time(), Instant.now()));
        }
    }

    private Counter counter(String type, String outcome) {
        return outcomeCounters.computeIfAbsent(type + "|" + outcome, k -> Counter.builder("bobine.inbox.events")
                .description("Events read by the consumer: applied, duplicate (already applied), ignored (no handler), parked")
                .tag("type", type).tag("outcome", outcome).register(registry));
    }

    private Timer handlerTimer(EventHandler handler, String type) {
        String name = handlerName(handler);
        return handlerTimers.computeIfAbsent(name + "|" + type, k -> EventTimers.latency("bobine.inbox.handler",
                "Time a handler takes to apply one event (inside the inbox transaction; events applied together share"
                        + " their time)").tag("handler", name).tag("type", type).register(registry));
    }

    /** The handler's own class name, without the proxy suffix the container adds. */
    static String handlerName(EventHandler handler) {
        String name = handler.getClass().getSimpleName();
        int proxy = name.indexOf('_');
        return proxy > 0 ? name.substring(0, proxy) : name;
    }

    private void measureLag(KafkaConsumer<String, String> c) {
        Map<String, Long> lags = new HashMap<>();
        for (TopicPartition partition : c.assignment()) {
            c.currentLag(partition).ifPresent(lag -> lags.merge(partition.topic(), lag, Long::sum));
        }
        lagByTopic.keySet().retainAll(lags.keySet());
        lagByTopic.putAll(lags);
    }

    private long parkedEvents() {
        DeadLetterCount current = deadLetterCount;
        if (current.readAt().plus(DEAD_LETTER_CACHE).isBefore(Instant.now())) {
            try {
                current = new DeadLetterCount(deadLetters.count(), Instant.now());
                deadLetterCount = current;
            } catch (RuntimeException e) {
                LOG.debugf("Dead letters uncountable: %s", e.toString());
            }
        }
        return current.count();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
