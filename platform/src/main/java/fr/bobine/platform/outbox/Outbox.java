package fr.bobine.platform.outbox;

import java.time.Instant;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.bobine.platform.events.CloudEvent;

/**
 * The writing half of the transactional outbox: called inside the business transaction, it stores the event next
 * to the change it reports. Nothing reaches Kafka unless that transaction commits; {@link OutboxRelay} publishes.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper mapper;

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
        CloudEvent event = new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID().toString(), source, type,
                String.valueOf(productionId), Instant.now(), "application/json", EventSchemaIds.of(type),
                mapper.valueToTree(data));
        String payload;
        try {
            payload = mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event " + type + " cannot be serialised", e);
        }
        try (var connection = dataSource.getConnection();
                var insert = connection.prepareStatement(
                        "insert into outbox_event (id, topic, event_key, event_type, payload) values (?, ?, ?, ?, ?)")) {
            insert.setObject(1, UUID.fromString(event.id()));
            insert.setString(2, topic);
            insert.setString(3, event.subject());
            insert.setString(4, type);
            insert.setString(5, payload);
            insert.executeUpdate();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot write the outbox", e);
        }
        return event;
    }
}
