package fr.bobine.crew.dpae;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The DPAE of one contract (one per CDDU, crew.md §1.2). */
@Entity
@Table(name = "dpae")
public class Dpae extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "contract_id")
    public UUID contractId;
    @Column(name = "production_id")
    public UUID productionId;
    @Enumerated(EnumType.STRING)
    public DpaeStatus status;
    @Column(name = "hire_at")
    public LocalDateTime hireAt;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "sent_at")
    public Instant sentAt;
    @Column(name = "answered_at")
    public Instant answeredAt;
    @Column(name = "flux_id")
    public String fluxId;
    @Column(name = "rejection_reason")
    public String rejectionReason;
    @Version
    public long version;
}
