package fr.bobine.platform.inbox;

import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fr.bobine.platform.events.CloudEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The idempotent-consumer half: an event id is recorded in {@code processed_event} in the same transaction as its
 * effect; an id seen before is skipped. Redelivery and replay are normal, not errors.
 */
@ApplicationScoped
public class Inbox {

    @Inject
    DataSource dataSource;

    /** Applies {@code event} with {@code handler} unless {@code consumer} has applied that id; true when applied now. */
    public boolean apply(String consumer, CloudEvent event, EventHandler handler) {
        return QuarkusTransaction.requiringNew().call(() -> applyInCurrentTransaction(consumer, event, handler));
    }

    /** Same as {@link #apply} inside the caller's transaction. */
    boolean applyInCurrentTransaction(String consumer, CloudEvent event, EventHandler handler) {
        if (!recordFirstSight(consumer, event)) {
            return false;
        }
        handler.handle(event);
        return true;
    }

    private boolean recordFirstSight(String consumer, CloudEvent event) {
        try (var connection = dataSource.getConnection();
                var insert = connection.prepareStatement("""
                        insert into processed_event (consumer, event_id, event_type) values (?, ?, ?)
                        on conflict do nothing""")) {
            insert.setString(1, consumer);
            insert.setString(2, event.id());
            insert.setString(3, event.type());
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record event " + event.id(), e);
        }
    }
}
