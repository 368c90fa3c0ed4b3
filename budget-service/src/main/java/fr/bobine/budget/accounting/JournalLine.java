package fr.bobine.budget.accounting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One debit or credit of an entry; expense lines carry the budget account as analytic code. */
@Entity
@Table(name = "journal_line")
public class JournalLine extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "entry_id")
    public UUID entryId;
    public int position;
    public String account;
    @Column(name = "account_label")
    public String accountLabel;
    @Column(name = "aux_number")
    public String auxNumber;
    @Column(name = "aux_label")
    public String auxLabel;
    @Column(name = "analytic_code")
    public String analyticCode;
    public BigDecimal debit;
    public BigDecimal credit;
    public String lettering;
    @Column(name = "lettered_on")
    public LocalDate letteredOn;
}
