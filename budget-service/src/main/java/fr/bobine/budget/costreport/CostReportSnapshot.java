package fr.bobine.budget.costreport;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A cost report as it was sent for a week: the full report as JSON, never changed once taken. */
@Entity
@Immutable
@Table(name = "cost_report_snapshot")
public class CostReportSnapshot extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "production_id")
    public UUID productionId;
    @Column(name = "week_ending")
    public LocalDate weekEnding;
    public String note;
    @Column(name = "version_id")
    public UUID versionId;
    @Column(name = "version_number")
    public int versionNumber;
    @ColumnTransformer(write = "cast(? as jsonb)")
    public String report;
    @Column(name = "taken_at")
    public Instant takenAt;
    @Column(name = "taken_by")
    public String takenBy;
}
