package fr.bobine.platform.audit;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.ObjectMapper;

import fr.bobine.platform.http.PageRequest;
import fr.bobine.platform.security.Roles;

/** The audit trail of this service, for the auditor: who changed or read what, and when. */
@Path("/audit-records")
@Tag(name = "Audit", description = "Who changed or read what, and when")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper mapper;

    @GET
    @RolesAllowed(Roles.AUDITOR)
    @Operation(operationId = "listAuditRecords", summary = "Search the audit trail",
            description = "Newest first, filtered by entity (entityType=person&entityId=<id>: every read of a person's data, "
                    + "masked or in full, bulk reads included), by actor, by action and by time; paginated.")
    public AuditRecordPage listAuditRecords(
            @Parameter(description = "e.g. person, contract, production_member") @QueryParam("entityType") @Size(max = 50) String entityType,
            @Parameter(description = "The entity's id") @QueryParam("entityId") @Size(max = 100) String entityId,
            @Parameter(description = "The user") @QueryParam("actor") @Size(max = 200) String actor,
            @Parameter(description = "e.g. person.read-masked") @QueryParam("action") @Size(max = 100) String action,
            @Parameter(description = "From this instant, included") @QueryParam("from") Instant from,
            @Parameter(description = "Before this instant") @QueryParam("to") Instant to,
            @Valid @BeanParam PageRequest page) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object> params = new ArrayList<>();
        condition(where, params, "entity_type = ?", entityType);
        condition(where, params, "entity_id = ?", entityId);
        condition(where, params, "actor = ?", actor);
        condition(where, params, "action = ?", action);
        condition(where, params, "occurred_at >= ?", from == null ? null : Timestamp.from(from));
        condition(where, params, "occurred_at < ?", to == null ? null : Timestamp.from(to));
        try (Connection c = dataSource.getConnection()) {
            long total;
            try (var count = c.prepareStatement("select count(*) from audit_record" + where)) {
                bind(count, params);
                try (ResultSet rs = count.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<AuditRecordDto> items = new ArrayList<>();
            try (var select = c.prepareStatement("select id, occurred_at, actor, action, entity_type, entity_id, before_state, "
                    + "after_state from audit_record" + where + " order by occurred_at desc, id desc limit ? offset ?")) {
                bind(select, params);
                select.setInt(params.size() + 1, page.size);
                select.setLong(params.size() + 2, (long) page.page * page.size);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        items.add(new AuditRecordDto(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getString(6), json(rs.getString(7)), json(rs.getString(8))));
                    }
                }
            }
            return new AuditRecordPage(items, page.page, page.size, total, page.totalPages(total), page.nextPage(total));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the audit trail", e);
        }
    }

    private static void condition(StringBuilder where, List<Object> params, String sql, Object value) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            where.append(" and ").append(sql);
            params.add(value);
        }
    }

    private static void bind(java.sql.PreparedStatement statement, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            statement.setObject(i + 1, params.get(i));
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> json(String text) {
        try {
            return text == null ? null : mapper.readValue(text, Map.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return null;
        }
    }
}
