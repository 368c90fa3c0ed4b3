package fr.bobine.platform.membership;

import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fr.bobine.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who may see which production, from this service's copy of the membership ({@code production_member}): budget-service
 * keeps the master and publishes it, every service applies it here (see {@link MemberEventHandler}), so each decides
 * alone, without calling another.
 *
 * <p>The company-wide roles ({@link Roles#COMPANY_WIDE}: producer, accountant, auditor) see every production. The
 * production-scoped roles act on a production only where a grant names the user and the role, for that production or
 * for every production (a company-wide grant).
 */
@ApplicationScoped
public class Membership {

    @Inject
    DataSource dataSource;

    /** Users are compared as the identity provider names them, whatever the case (e-mail addresses mostly). */
    public static String normalize(String user) {
        return user.strip().toLowerCase(Locale.ROOT);
    }

    public static boolean companyWide(SecurityIdentity identity) {
        return Roles.COMPANY_WIDE.stream().anyMatch(identity::hasRole);
    }

    /**
     * The roles of the caller's token that count on {@code productionId}: all of them for a company-wide role, else
     * those a grant gives the user on this production or on every production. Empty: not a member.
     */
    public Set<String> effectiveRoles(SecurityIdentity identity, UUID productionId) {
        Set<String> token = identity.getRoles();
        if (companyWide(identity)) {
            return token;
        }
        Set<String> granted = new HashSet<>();
        try (Connection c = dataSource.getConnection(); var select = c.prepareStatement(
                "select roles from production_member where user_name = ? and (production_id = ? or production_id is null)")) {
            select.setString(1, normalize(identity.getPrincipal().getName()));
            select.setObject(2, productionId);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    granted.addAll(roles(rs.getArray(1)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the production membership", e);
        }
        granted.retainAll(token);
        return granted;
    }

    public boolean isMember(SecurityIdentity identity, UUID productionId) {
        return !effectiveRoles(identity, productionId).isEmpty();
    }

    /**
     * The productions the caller may see in a list: empty when all (a company-wide role, or a company-wide grant of
     * one of the token's roles), else the productions of the caller's grants.
     */
    public Optional<Set<UUID>> visibleProductions(SecurityIdentity identity) {
        if (companyWide(identity)) {
            return Optional.empty();
        }
        Set<UUID> productions = new HashSet<>();
        try (Connection c = dataSource.getConnection(); var select = c.prepareStatement(
                "select production_id, roles from production_member where user_name = ?")) {
            select.setString(1, normalize(identity.getPrincipal().getName()));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    Set<String> roles = roles(rs.getArray(2));
                    roles.retainAll(identity.getRoles());
                    if (roles.isEmpty()) {
                        continue;
                    }
                    UUID production = rs.getObject(1, UUID.class);
                    if (production == null) {
                        return Optional.empty();
                    }
                    productions.add(production);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the production membership", e);
        }
        return Optional.of(productions);
    }

    /** Applies a grant to this service's copy, unless the copy already has this version of the member or a later one. */
    public void apply(MemberGrant grant) {
        try (Connection c = dataSource.getConnection(); var upsert = c.prepareStatement("""
                insert into production_member (id, production_id, user_name, roles, version, updated_at)
                values (?, ?, ?, ?, ?, now())
                on conflict (id) do update set roles = excluded.roles, version = excluded.version, updated_at = now()
                where production_member.version < excluded.version""")) {
            upsert.setObject(1, grant.memberId());
            upsert.setObject(2, grant.productionId());
            upsert.setString(3, normalize(grant.user()));
            upsert.setArray(4, c.createArrayOf("text", grant.roles().toArray()));
            upsert.setLong(5, grant.version());
            upsert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot apply the membership of " + grant.memberId(), e);
        }
    }

    /** Removes a member from this service's copy, unless the copy holds a later version of it. */
    public void apply(MemberRevocation revocation) {
        try (Connection c = dataSource.getConnection(); var delete = c.prepareStatement(
                "delete from production_member where id = ? and version <= ?")) {
            delete.setObject(1, revocation.memberId());
            delete.setLong(2, revocation.version());
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot revoke the membership of " + revocation.memberId(), e);
        }
    }

    private static Set<String> roles(Array array) throws SQLException {
        Set<String> roles = new HashSet<>();
        if (array != null) {
            for (Object role : (Object[]) array.getArray()) {
                roles.add((String) role);
            }
        }
        return roles;
    }
}
