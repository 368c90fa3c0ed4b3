package fr.bobine.budget.financing;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A distribution contract's amendment the financing plan has taken in (distribution.contract.amended). */
@Entity
@Table(name = "financing_amendment")
public class FinancingAmendment extends PanacheEntityBase {
    @Id
    @Column(name = "amendment_id")
    public UUID amendmentId;
    @Column(name = "contract_id")
    public UUID contractId;
    @Column(name = "production_id")
    public UUID productionId;
    public int number;
    @Column(name = "applied_at")
    public Instant appliedAt;
}
