package fr.bobine.budget.costreport;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A commitment or an actual cost booked on a budget line (by lineage), with its source: a matched invoice, a crew event,
 * a rights contract.
 */
@Entity
@Table(name = "cost_entry")
public class CostEntry extends PanacheEntityBase {
    public static final String COMMITMENT = "COMMITMENT";
    public static final String ACTUAL = "ACTUAL";

    @Id
    public UUID id;
    @Column(name = "production_id")
    public UUID productionId;
    public UUID lineage;
    public String kind;
    public String source;
    @Column(name = "source_ref")
    public String sourceRef;
    @Column(name = "order_line_id")
    public UUID orderLineId;
    public BigDecimal amount;
    @Column(name = "booked_on")
    public LocalDate bookedOn;
    public String label;
    @Column(name = "created_at")
    public Instant createdAt;
}
