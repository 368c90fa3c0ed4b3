package fr.bobine.budget.accounting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A balanced accounting entry, numbered without gaps, generated from a matched invoice, a payment or a month of payroll. */
@Entity
@Table(name = "journal_entry")
public class JournalEntry extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "production_id")
    public UUID productionId;
    public String number;
    public long sequence;
    @Column(name = "journal_code")
    public String journalCode;
    @Column(name = "journal_label")
    public String journalLabel;
    @Column(name = "entry_date")
    public LocalDate entryDate;
    @Column(name = "piece_ref")
    public String pieceRef;
    @Column(name = "piece_date")
    public LocalDate pieceDate;
    public String label;
    @Column(name = "valid_date")
    public LocalDate validDate;
    @Column(name = "invoice_id")
    public UUID invoiceId;
    @Column(name = "payment_id")
    public UUID paymentId;
    @Column(name = "payroll_month")
    public String payrollMonth;
    @Column(name = "created_at")
    public Instant createdAt;
}
