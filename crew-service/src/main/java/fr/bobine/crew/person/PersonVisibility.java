package fr.bobine.crew.person;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import fr.bobine.platform.membership.Membership;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Which people of the registry a caller sees. The people registry is the company's, but a production-scoped role sees
 * only the people engaged on its productions (a contract there) and those it registered itself, waiting for their
 * first contract; a company-wide role (or grant) sees everyone. Anyone else is, to them, a person who does not exist.
 */
@ApplicationScoped
public class PersonVisibility {

    @Inject
    DataSource dataSource;

    @Inject
    Membership membership;

    /** The people the caller may see: empty when everyone. */
    public Optional<Set<UUID>> visiblePeople(SecurityIdentity identity) {
        Optional<Set<UUID>> productions = membership.visibleProductions(identity);
        if (productions.isEmpty()) {
            return Optional.empty();
        }
        Set<UUID> people = new HashSet<>();
        try (Connection c = dataSource.getConnection(); var select = c.prepareStatement("""
                select person_id from contract where production_id = any(?)
                union
                select cast(entity_id as uuid) from audit_record
                where entity_type = 'person' and action = 'person.create' and actor = ?""")) {
            select.setArray(1, c.createArrayOf("uuid", productions.get().toArray()));
            select.setString(2, identity.getPrincipal().getName());
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    people.add(rs.getObject(1, UUID.class));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot tell which people the caller sees", e);
        }
        return Optional.of(people);
    }
}
