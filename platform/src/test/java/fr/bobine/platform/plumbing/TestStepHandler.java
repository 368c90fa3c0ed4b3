package fr.bobine.platform.plumbing;

import java.sql.SQLException;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fr.bobine.platform.events.CloudEvent;
import fr.bobine.platform.events.EventRejectedException;
import fr.bobine.platform.inbox.EventHandler;
import io.opentelemetry.api.trace.Span;

/**
 * Applies test.step.recorded: step n of a production needs step n-1 applied before it, checked in SQL (not through
 * Hibernate), so that a batch applying steps out of order, or hiding an earlier step's effect, fails.
 */
@ApplicationScoped
public class TestStepHandler implements EventHandler {

    public static final String TYPE = "test.step.recorded";

    @Inject
    DataSource dataSource;

    @Override
    public boolean handles(String eventType) {
        return TYPE.equals(eventType);
    }

    @Override
    public void handle(CloudEvent event) {
        if (event.data() == null || !event.data().path("step").isInt()) {
            throw new EventRejectedException(TYPE + " without a step");
        }
        UUID production = UUID.fromString(event.subject());
        int step = event.data().path("step").asInt();
        if (step > 0 && applied(dataSource, production, step - 1) != 1) {
            throw new IllegalStateException("step " + step + " of " + production + " before step " + (step - 1));
        }
        TestStep row = new TestStep();
        row.productionId = production;
        row.step = step;
        row.eventId = event.id();
        row.traceId = Span.current().getSpanContext().getTraceId();
        row.persist();
    }

    /** How many times step {@code step} of {@code production} was applied. */
    static long applied(DataSource dataSource, UUID production, int step) {
        try (var connection = dataSource.getConnection();
                var count = connection.prepareStatement("select count(*) from test_step where production_id = ? and step = ?")) {
            count.setObject(1, production);
            count.setInt(2, step);
            try (var rs = count.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
