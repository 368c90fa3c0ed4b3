package fr.bobine.platform.production;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.bobine.platform.events.CloudEvent;
import fr.bobine.platform.events.EventRejectedException;

/**
 * A service's copy of the productions ({@code production} table, the same in crew, rights and distribution), kept in
 * step with budget-service's {@code production.created} / {@code production.updated} events. An event is applied in
 * one statement, inside the caller's (the inbox's) transaction: one round trip instead of a read and a write, and no
 * unique violation when two consumers create the same copy at once. The events of a poll share one round trip.
 */
@ApplicationScoped
public class ProductionCopies {

    public static final Set<String> EVENT_TYPES = Set.of("production.created", "production.updated");

    private static final String UPSERT = """
            insert into production (id, title, original_title, kind, status, delegated_producer_name,
                delegated_producer_siret, planned_shooting_start, planned_shooting_end, source_version,
                source_updated_at, received_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (id) do update set title = excluded.title, original_title = excluded.original_title,
                kind = excluded.kind, status = excluded.status,
                delegated_producer_name = excluded.delegated_producer_name,
                delegated_producer_siret = excluded.delegated_producer_siret,
                planned_shooting_start = excluded.planned_shooting_start,
                planned_shooting_end = excluded.planned_shooting_end, source_version = excluded.source_version,
                source_updated_at = excluded.source_updated_at, received_at = excluded.received_at
            where production.source_version < excluded.source_version""";

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper mapper;

    /**
     * Applies a production event to the copy unless the copy already reflects this version of budget-service's record
     * or a later one (an older or equal version never overwrites a newer copy); true when the copy changed.
     */
    public boolean apply(CloudEvent event) {
        return applyAll(List.of(event)) == 1;
    }

    /**
     * Applies production events in order, as {@link #apply} would one after another, in one round trip (a JDBC batch
     * of the same statement); returns how many changed the copy. An event whose data is not a production rejects them
     * all before anything is written.
     */
    public int applyAll(List<CloudEvent> events) {
        List<ProductionEventData> data = new ArrayList<>(events.size());
        for (CloudEvent event : events) {
            data.add(read(mapper, event));
        }
        // The application's clock, not the transaction's start: a poll's events share one transaction.
        OffsetDateTime receivedAt = utc(Instant.now());
        try (Connection c = dataSource.getConnection(); var upsert = c.prepareStatement(UPSERT)) {
            for (ProductionEventData d : data) {
                upsert.setObject(1, d.productionId());
                upsert.setString(2, d.title());
                upsert.setString(3, d.originalTitle());
                upsert.setString(4, d.kind());
                upsert.setString(5, d.status());
                upsert.setString(6, d.delegatedProducerName());
                upsert.setString(7, d.delegatedProducerSiret());
                upsert.setObject(8, d.plannedShootingStart());
                upsert.setObject(9, d.plannedShootingEnd());
                upsert.setLong(10, d.version());
                upsert.setObject(11, utc(d.updatedAt()));
                upsert.setObject(12, receivedAt);
                upsert.addBatch();
            }
            int changed = 0;
            for (int count : upsert.executeBatch()) {
                changed += count == 1 ? 1 : 0;
            }
            return changed;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot apply " + (events.size() == 1 ? events.get(0).type() + " to the copy of "
                    + data.get(0).productionId() : events.size() + " production events to the copy"), e);
        }
    }

    /** The event's data, with every field the copy requires; rejected (never applicable) otherwise. */
    static ProductionEventData read(ObjectMapper mapper, CloudEvent event) {
        ProductionEventData data;
        try {
            data = mapper.treeToValue(event.data(), ProductionEventData.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new EventRejectedException(event.type() + " data is not a production v1: " + e.getMessage(), e);
        }
        if (data == null || data.productionId() == null || data.title() == null || data.kind() == null
                || data.status() == null || data.version() == null || data.updatedAt() == null
                || data.delegatedProducerName() == null || data.delegatedProducerSiret() == null) {
            throw new EventRejectedException(event.type() + " lacks a required field of production v1");
        }
        return data;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
