package fr.bobine.platform.audit;

import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who changed what, when, with the state before and after: written in the transaction of the change, so an
 * audited change and its record commit or fail together.
 */
@ApplicationScoped
public class AuditTrail {

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper mapper;

    @Inject
    Instance<SecurityIdentity> identity;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String entityType, Object entityId, Object before, Object after) {
        try (var connection = dataSource.getConnection();
                var insert = connection.prepareStatement("""
                        insert into audit_record (actor, action, entity_type, entity_id, before_state, after_state)
                        values (?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb))""")) {
            insert.setString(1, actor());
            insert.setString(2, action);
            insert.setString(3, entityType);
            insert.setString(4, String.valueOf(entityId));
            insert.setString(5, before == null ? null : mapper.writeValueAsString(before));
            insert.setString(6, after == null ? null : mapper.writeValueAsString(after));
            insert.executeUpdate();
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("cannot write the audit record", e);
        }
    }

    /**
     * One record per entity, in one batch: a bulk read of personal data names every person it showed, so that the
     * auditor finds each person's reads (GET /audit-records?entityType=person&entityId=...).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordEach(String action, String entityType, java.util.Collection<?> entityIds, Object after) {
        if (entityIds.isEmpty()) {
            return;
        }
        try (var connection = dataSource.getConnection();
                var insert = connection.prepareStatement("insert into audit_record (actor, action, entity_type, entity_id, "
                        + "after_state) values (?, ?, ?, ?, cast(? as jsonb))")) {
            String actor = actor();
            String state = after == null ? null : mapper.writeValueAsString(after);
            for (Object id : entityIds) {
                insert.setString(1, actor);
                insert.setString(2, action);
                insert.setString(3, entityType);
                insert.setString(4, String.valueOf(id));
                insert.setString(5, state);
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("cannot write the audit records", e);
        }
    }

    /** The authenticated user, or {@code system} for work done by event consumers and schedulers. */
    public String actor() {
        if (Arc.container().requestContext().isActive() && identity.isResolvable()) {
            SecurityIdentity current = identity.get();
            if (!current.isAnonymous()) {
                return current.getPrincipal().getName();
            }
        }
        return "system";
    }
}
