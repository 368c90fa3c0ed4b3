package fr.bobine.budget.financing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A minimum-guarantee instalment the distributor now owes, dated in the financing source of its contract. */
@Entity
@Table(name = "financing_instalment_due")
public class FinancingInstalmentDue extends PanacheEntityBase {
    @Id
    @Column(name = "instalment_id")
    public UUID instalmentId;
    @Column(name = "source_id")
    public UUID sourceId;
    @Column(name = "production_id")
    public UUID productionId;
    @Column(name = "due_on")
    public LocalDate dueOn;
    /** When the distributor paid it (distribution.mg.instalment.received); null while it is only owed. */
    @Column(name = "received_on")
    public LocalDate receivedOn;
    public BigDecimal amount;
    public String label;
    @Column(name = "created_at")
    public Instant createdAt;
}
