package fr.bobine.budget.invoice;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A supplier invoice against one purchase order; matched, it is an actual cost, otherwise it stays open with reasons. */
@Entity
@Table(name = "invoice")
public class Invoice extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "production_id")
    public UUID productionId;
    @Column(name = "order_id")
    public UUID orderId;
    @Column(name = "supplier_id")
    public UUID supplierId;
    public String number;
    @Column(name = "invoice_date")
    public LocalDate invoiceDate;
    @Column(name = "due_date")
    public LocalDate dueDate;
    public String currency;
    @Column(name = "net_amount")
    public BigDecimal netAmount;
    @Column(name = "vat_amount")
    public BigDecimal vatAmount;
    @Column(name = "gross_amount")
    public BigDecimal grossAmount;
    @Enumerated(EnumType.STRING)
    public InvoiceStatus status;
    @Column(name = "mismatch_reasons", columnDefinition = "text[]")
    public String[] mismatchReasons;
    @Column(name = "created_at")
    public Instant createdAt;
    @Version
    public long version;
}
