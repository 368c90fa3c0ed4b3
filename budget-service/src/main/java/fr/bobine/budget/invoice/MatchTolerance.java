package fr.bobine.budget.invoice;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The three-way match tolerance a production's accountant set; without one, invoices must match exactly. */
@Entity
@Table(name = "match_tolerance")
public class MatchTolerance extends PanacheEntityBase {
    @Id
    @Column(name = "production_id")
    public UUID productionId;
    public BigDecimal amount;
    public BigDecimal rate;
    @Version
    public long version;
}
