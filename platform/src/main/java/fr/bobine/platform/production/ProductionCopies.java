package fr.bobine.platform.production;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
 * unique violation when two consumers create the same copy at once.
 */
@ApplicationScoped
public class ProductionCopies {

    public static final Set<String> EVENT_TYPES = Set.of("production.created", "production.updated");

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper mapper;

    /**
     * Applies a production event to the copy unless the copy already reflects this version of budget-service's record
     * or a later one (an older or equal version never overwrites a newer copy); true when the copy changed.
     */
    public boolean apply(CloudEvent event) {
        ProductionEventData data = read(mapper, event);
        try (Connection c = dataSource.getConnection(); var upsert = c.prepareStatement("""
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
                where production.source_version < excluded.source_version""")) {
            upsert.setObject(1, data.productionId());
            upsert.setString(2, data.title());
            upsert.setString(3, data.originalTitle());
            upsert.setString(4, data.kind());
            upsert.setString(5, data.status());
            upsert.setString(6, data.delegatedProducerName());
            upsert.setString(7, data.delegatedProducerSiret());
            upsert.setObject(8, data.plannedShootingStart());
            upsert.setObject(9, data.plannedShootingEnd());
            upsert.setLong(10, data.version());
            upsert.setObject(11, utc(data.updatedAt()));
            // The application's clock, not the transaction's start: a poll's events share one transaction.
            upsert.setObject(12, utc(Instant.now()));
            return upsert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot apply " + event.type() + " to the copy of " + data.productionId(), e);
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
