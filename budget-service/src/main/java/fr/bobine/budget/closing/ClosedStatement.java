package fr.bobine.budget.closing;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A closed final cost statement, frozen as JSON: one per production, never changed. */
@Entity
@Immutable
@Table(name = "closing_statement")
public class ClosedStatement extends PanacheEntityBase {
    @Id
    @Column(name = "production_id")
    public UUID productionId;
    @Column(name = "version_id")
    public UUID versionId;
    @ColumnTransformer(write = "cast(? as jsonb)")
    public String statement;
    @Column(name = "override_reason")
    public String overrideReason;
    @Column(name = "closed_at")
    public Instant closedAt;
    @Column(name = "closed_by")
    public String closedBy;
}
