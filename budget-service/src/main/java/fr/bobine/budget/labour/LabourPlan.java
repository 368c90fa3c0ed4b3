package fr.bobine.budget.labour;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The shooting schedule version whose planned labour budget-service holds for a production. */
@Entity
@Table(name = "labour_plan")
public class LabourPlan extends PanacheEntityBase {
    @Id
    @Column(name = "production_id")
    public UUID productionId;
    @Column(name = "schedule_version_id")
    public UUID scheduleVersionId;
    @Column(name = "version_number")
    public int versionNumber;
    @Column(name = "published_at")
    public Instant publishedAt;
    @Column(name = "received_at")
    public Instant receivedAt;
}
