package fr.bobine.budget.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A supplier payment the accounting software recorded (imported) or the accountant typed, against one invoice. */
@Entity
@Table(name = "payment")
public class Payment extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "production_id")
    public UUID productionId;
    @Column(name = "import_id")
    public UUID importId;
    @Column(name = "external_ref")
    public String externalRef;
    @Column(name = "invoice_id")
    public UUID invoiceId;
    @Column(name = "paid_on")
    public LocalDate paidOn;
    public BigDecimal amount;
    public String currency;
    public String label;
    @Column(name = "supplier_siret")
    public String supplierSiret;
    @Column(name = "invoice_number")
    public String invoiceNumber;
    @Column(name = "line_number")
    public Integer lineNumber;
    @Column(name = "created_at")
    public Instant createdAt;
}
