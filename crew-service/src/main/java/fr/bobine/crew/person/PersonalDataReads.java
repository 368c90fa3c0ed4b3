package fr.bobine.crew.person;

import java.lang.reflect.RecordComponent;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import fr.bobine.platform.audit.AuditTrail;
import fr.bobine.platform.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Writes one audit record per person an answer of a {@link PersonalDataRead} operation showed: the people its records
 * name (a {@code personId}, or a {@code contractId} whose person it is), or for a file (CSV, XML) the people of the
 * contract or production of its path. The record says which operation read them and whether in full (payroll) or
 * masked; the auditor lists them with GET /audit-records?entityType=person&entityId=...
 */
public class PersonalDataReads {

    /** Action of a read that showed the person's data in full (payroll). */
    public static final String FULL = "person.read-personal-data";
    /** Action of a read that showed the person masked (name, employee number, rates, hours; no NIR, birth or IBAN). */
    public static final String MASKED = "person.read-masked";

    @Inject
    AuditTrail audit;

    @Inject
    DataSource dataSource;

    @Inject
    SecurityIdentity identity;

    @ServerResponseFilter
    public void record(ContainerResponseContext response, ResourceInfo resource, UriInfo uriInfo) {
        if (resource.getResourceMethod() == null || !resource.getResourceMethod().isAnnotationPresent(PersonalDataRead.class)
                || response.getStatus() >= 300) {
            return;
        }
        Set<UUID> people = new LinkedHashSet<>();
        Set<UUID> contracts = new LinkedHashSet<>();
        Object entity = response.getEntity();
        if (entity instanceof Record || entity instanceof Collection<?>) {
            collect(entity, people, contracts, 0);
        } else {
            String contract = uriInfo.getPathParameters().getFirst("contractId");
            String production = uriInfo.getPathParameters().getFirst("productionId");
            if (contract != null) {
                contracts.add(UUID.fromString(contract));
            } else if (production != null) {
                people.addAll(engagedOn(UUID.fromString(production)));
            }
        }
        String person = uriInfo.getPathParameters().getFirst("personId");
        if (person != null) {
            people.add(UUID.fromString(person));
        }
        people.addAll(personOf(contracts));
        if (people.isEmpty()) {
            return;
        }
        Operation operation = resource.getResourceMethod().getAnnotation(Operation.class);
        String name = operation == null ? resource.getResourceMethod().getName() : operation.operationId();
        boolean full = identity.hasRole(Roles.PAYROLL);
        QuarkusTransaction.requiringNew().run(() -> audit.recordEach(full ? FULL : MASKED, "person", people,
                Map.of("operation", name)));
    }

    /** The person and contract ids the records of an answer name, at any depth. */
    static void collect(Object value, Set<UUID> people, Set<UUID> contracts, int depth) {
        if (value == null || depth > 6) {
            return;
        }
        if (value instanceof Collection<?> items) {
            for (Object item : items) {
                collect(item, people, contracts, depth + 1);
            }
            return;
        }
        if (!(value instanceof Record record)) {
            return;
        }
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            Object field;
            try {
                field = component.getAccessor().invoke(record);
            } catch (ReflectiveOperationException e) {
                continue;
            }
            if (field instanceof UUID id) {
                if (component.getName().equals("personId") || record instanceof PersonDto && component.getName().equals("id")) {
                    people.add(id);
                } else if (component.getName().equals("contractId")) {
                    contracts.add(id);
                }
            } else {
                collect(field, people, contracts, depth + 1);
            }
        }
    }

    private Set<UUID> personOf(Set<UUID> contracts) {
        return query("select distinct person_id from contract where id = any(?)", contracts.toArray());
    }

    private Set<UUID> engagedOn(UUID production) {
        return query("select distinct person_id from contract where production_id = any(?)", new Object[] { production });
    }

    private Set<UUID> query(String sql, Object[] ids) {
        Set<UUID> out = new LinkedHashSet<>();
        if (ids.length == 0) {
            return out;
        }
        try (Connection c = dataSource.getConnection(); var select = c.prepareStatement(sql)) {
            select.setArray(1, c.createArrayOf("uuid", ids));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getObject(1, UUID.class));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot tell whose data was read", e);
        }
        return out;
    }
}
