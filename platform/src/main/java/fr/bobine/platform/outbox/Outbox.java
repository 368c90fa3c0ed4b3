package fr.bobine.platform.outbox;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.bobine.platform.events.CloudEvent;
import fr.bobine.platform.observability.EventTracing;

/**
 * The writing half of the transactional outbox: called inside the business transaction, it stores the event next
 * to the change it reports. Nothing reaches Kafka unless that transaction commits; {@link OutboxRelay} publishes,
 * woken as soon as the transaction commits. The event carries the trace context of the transaction.
 */
@ApplicationScoped
public class Outbox {

    /** Marks a transaction that already asked to wake the relay at its commit. */
    private static final Object WAKE_AFTER_COMMIT = Outbox.class.getName() + ".wake";

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper mapper;

    @Inject
    OutboxRelay relay;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @ConfigProperty(name = "bobine.outbox.topic")
    String topic;

    @ConfigProperty(name = "bobine.events.source")
    String source;

    /**
     * Records the event {@code type} about production {@code productionId}; {@code data} is serialised as the
     * event's JSON data. Returns the envelope that will be published.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CloudEvent publish(String type, Object productionId, Object data) {
        Map<String, String> trace = EventTracing.current();
        CloudEvent event = new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID().toString(), source, type,
                String.valueOf(productionId), Instant.now(), "application/json", EventSchemaIds.of(type),
                mapper.valueToTree(data), trace.get(EventTracing.TRACEPARENT), trace.get(EventTracing.TRACESTATE));
        String payload;
        try {
            payload = mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event " + type + " cannot be serialised", e);
        }
        try (var connection = dataSource.getConnection();
                var insert = connection.prepareStatement("""
                        insert into outbox_event (id, topic, event_key, event_type, payload, traceparent)
                        values (?, ?, ?, ?, ?, ?)""")) {
            insert.setObject(1, UUID.fromString(event.id()));
            insert.setString(2, topic);
            insert.setString(3, event.subject());
            insert.setString(4, type);
            insert.setString(5, payload);
            insert.setString(6, event.traceparent());
            insert.executeUpdate();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot write the outbox", e);
        }
        wakeRelayAfterCommit();
        return event;
    }

    /** Once per transaction: when it commits, the relay publishes at once instead of at its next poll. */
    private void wakeRelayAfterCommit() {
        if (transactions.getResource(WAKE_AFTER_COMMIT) != null) {
            return;
        }
        transactions.putResource(WAKE_AFTER_COMMIT, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wake();
                }
            }
        });
    }
}
