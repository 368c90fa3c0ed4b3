package fr.bobine.budget.commitment;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The part of an order allocated to one budget line (kept by lineage across later locked versions). */
@Entity
@Table(name = "purchase_order_line")
public class PurchaseOrderLine extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "order_id")
    public UUID orderId;
    public int position;
    @Column(name = "budget_line_id")
    public UUID budgetLineId;
    public UUID lineage;
    public BigDecimal amount;
}
