package fr.bobine.rights;

import java.sql.SQLException;
import java.util.UUID;

import javax.sql.DataSource;

/** Test data straight into rights-service's tables, where an event from another service would have put it. */
public final class Fixtures {

    private Fixtures() {
    }

    /** A production copy, as production.created from budget-service would leave it. */
    public static UUID production(DataSource dataSource, String title) {
        UUID id = UUID.randomUUID();
        try (var c = dataSource.getConnection(); var insert = c.prepareStatement("""
                insert into production (id, title, kind, status, delegated_producer_name, delegated_producer_siret,
                    source_version, source_updated_at) values (?, ?, 'FEATURE_FILM', 'RELEASED', 'Les Films du Quai',
                    '73282932000074', 0, now())""")) {
            insert.setObject(1, id);
            insert.setString(2, title);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return id;
    }

    public static long count(DataSource dataSource, String sql, Object... params) {
        try (var c = dataSource.getConnection(); var q = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                q.setObject(i + 1, params[i]);
            }
            try (var rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
