package fr.bobine.budget.commitment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A purchase order (bon de commande) from a supplier's quote, allocated to lines of a locked budget version. */
@Entity
@Table(name = "purchase_order")
public class PurchaseOrder extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "production_id")
    public UUID productionId;
    @Column(name = "supplier_id")
    public UUID supplierId;
    @Column(name = "budget_version_id")
    public UUID budgetVersionId;
    public String number;
    public String description;
    @Column(name = "quote_ref")
    public String quoteRef;
    @Column(name = "order_date")
    public LocalDate orderDate;
    @Column(name = "payment_terms_days")
    public int paymentTermsDays;
    public String currency;
    @Column(name = "net_amount")
    public BigDecimal netAmount;
    @Column(name = "received_amount")
    public BigDecimal receivedAmount;
    public boolean overrun;
    @Column(name = "created_at")
    public Instant createdAt;
    @Version
    public long version;
}
