package fr.bobine.platform.inbox;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.bobine.platform.events.CloudEvent;
import fr.bobine.platform.events.EventRejectedException;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Reads the topics a service subscribes to and hands each CloudEvent to the {@link EventHandler} for its type,
 * through the {@link Inbox}. Offsets are committed only after the database transaction that applied the records
 * committed (at-least-once delivery, exactly-once effect). An event that cannot be applied is parked in the
 * dead-letter table; a transient failure (database down) is retried from the same offset, and parked after
 * {@code bobine.inbox.max-attempts} tries so that one poisonous event never stops the service.
 */
@ApplicationScoped
public class EventConsumer {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);

    @Inject
    Inbox inbox;

    @Inject
    DeadLetters deadLetters;

    @Inject
    Instance<EventHandler> handlers;

    @Inject
    ObjectMapper mapper;

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

    private final AtomicBoolean running = new AtomicBoolean();
    private String consumerName;
    private volatile KafkaConsumer<String, String> consumer;
    private Thread thread;

    void onStart(@Observes StartupEvent event) {
        consumerName = consumerOverride.orElse(applicationName);
        if (topics.isEmpty() || topics.get().isEmpty()) {
            return;
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
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "100");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        Map<String, Integer> attempts = new HashMap<>();
        while (running.get()) {
            try (KafkaConsumer<String, String> c = new KafkaConsumer<>(props)) {
                consumer = c;
                c.subscribe(topics.get());
                LOG.infof("Consumer %s reading %s", consumerName, topics.get());
                while (running.get()) {
                    ConsumerRecords<String, String> records = c.poll(Duration.ofMillis(500));
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
                            c.commitSync(Map.of(partition, new OffsetAndMetadata(record.offset() + 1)));
                        }
                    }
                }
            } catch (WakeupException e) {
                // shutting down
            } catch (RuntimeException e) {
                LOG.warnf("Consumer %s stopped on %s; restarting in %s", consumerName, e.toString(), retryBackoff);
                sleep(retryBackoff);
            } finally {
                consumer = null;
            }
        }
    }

    /** Applies one record; throws only for failures worth retrying. */
    void process(ConsumerRecord<String, String> record) {
        CloudEvent event;
        try {
            event = mapper.readValue(record.value(), CloudEvent.class);
            event.requireEnvelope();
        } catch (JsonProcessingException | EventRejectedException | IllegalArgumentException e) {
            park(record, null, null, "not a CloudEvent 1.0 in structured JSON: " + e.getMessage());
            return;
        }
        EventHandler handler = null;
        for (EventHandler candidate : handlers) {
            if (candidate.handles(event.type())) {
                handler = candidate;
                break;
            }
        }
        if (handler == null) {
            return;
        }
        try {
            inbox.apply(consumerName, event, handler);
        } catch (EventRejectedException | IllegalArgumentException | jakarta.validation.ValidationException e) {
            park(record, event.id(), event.type(), e.getMessage());
        }
    }

    private void park(ConsumerRecord<String, String> record, String eventId, String eventType, String reason) {
        LOG.warnf("Consumer %s parks %s/%d@%d: %s", consumerName, record.topic(), record.partition(), record.offset(), reason);
        deadLetters.park(consumerName, record.topic(), record.partition(), record.offset(), record.key(), eventId, eventType,
                record.value(), reason);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
