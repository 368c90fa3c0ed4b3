package fr.bobine.budget.membership;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The master record of who works on which production with which roles (on every production when productionId is
 * null). It lives in the platform's production_member table, which every other service holds as a copy fed by events,
 * so budget-service decides with the same code as the others.
 */
@Entity
@Table(name = "production_member")
public class ProductionMember extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "production_id")
    public UUID productionId;
    @Column(name = "user_name")
    public String userName;
    @Column(columnDefinition = "text[]")
    public String[] roles;
    @Version
    public long version;
    @Column(name = "granted_by")
    public String grantedBy;
    @Column(name = "updated_at")
    public Instant updatedAt;

    MemberDto toDto() {
        return new MemberDto(id, productionId, userName, List.of(roles), grantedBy, updatedAt, version);
    }
}
