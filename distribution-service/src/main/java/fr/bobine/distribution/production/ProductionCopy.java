package fr.bobine.distribution.production;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** distribution-service's read-only copy of a production; budget-service owns the record. */
@Entity
@Table(name = "production")
public class ProductionCopy extends PanacheEntityBase {

    @Id
    public UUID id;
    public String title;
    @Column(name = "original_title")
    public String originalTitle;
    public String kind;
    public String status;
    @Column(name = "delegated_producer_name")
    public String delegatedProducerName;
    @Column(name = "delegated_producer_siret")
    public String delegatedProducerSiret;
    @Column(name = "planned_shooting_start")
    public LocalDate plannedShootingStart;
    @Column(name = "planned_shooting_end")
    public LocalDate plannedShootingEnd;
    /** The version of budget-service's record this copy reflects; an older event never overwrites a newer copy. */
    @Column(name = "source_version")
    public long sourceVersion;
    @Column(name = "source_updated_at")
    public Instant sourceUpdatedAt;
    @Column(name = "received_at")
    public Instant receivedAt;

    ProductionView toView() {
        return new ProductionView(id, title, originalTitle, kind, status, delegatedProducerName, plannedShootingStart,
                plannedShootingEnd, sourceVersion, sourceUpdatedAt);
    }
}
