package fr.bobine.platform.plumbing;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fr.bobine.platform.events.CloudEvent;
import fr.bobine.platform.events.EventRejectedException;
import fr.bobine.platform.inbox.BatchEventHandler;

/**
 * Applies test.batch-step.recorded, several at a time: step n of a production needs step n-1 applied before it (by an
 * earlier call, checked in SQL, or earlier in the same call), so that a run handed over out of order fails. Remembers
 * the longest run it was given.
 */
@ApplicationScoped
public class TestBatchStepHandler implements BatchEventHandler {

    public static final String TYPE = "test.batch-step.recorded";

    @Inject
    DataSource dataSource;

    private final AtomicInteger longestRun = new AtomicInteger();

    @Override
    public boolean handles(String eventType) {
        return TYPE.equals(eventType);
    }

    @Override
    public void handle(CloudEvent event) {
        handleAll(List.of(event));
    }

    @Override
    public void handleAll(List<CloudEvent> events) {
        longestRun.accumulateAndGet(events.size(), Math::max);
        Map<UUID, Integer> lastInRun = new HashMap<>();
        for (CloudEvent event : events) {
            if (event.data() == null || !event.data().path("step").isInt()) {
                throw new EventRejectedException(TYPE + " without a step");
            }
            UUID production = UUID.fromString(event.subject());
            int step = event.data().path("step").asInt();
            Integer previous = lastInRun.get(production);
            boolean inOrder = previous != null ? previous == step - 1
                    : (step == 0 || TestStepHandler.applied(dataSource, production, step - 1) == 1);
            if (!inOrder) {
                throw new IllegalStateException("step " + step + " of " + production + " before step " + (step - 1));
            }
            lastInRun.put(production, step);
        }
        try (var connection = dataSource.getConnection(); var insert = connection.prepareStatement(
                "insert into test_step (production_id, step, event_id) values (?, ?, ?)")) {
            for (CloudEvent event : events) {
                insert.setObject(1, UUID.fromString(event.subject()));
                insert.setInt(2, event.data().path("step").asInt());
                insert.setString(3, event.id());
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The most events it was given in one call. */
    public int longestRun() {
        return longestRun.get();
    }
}
