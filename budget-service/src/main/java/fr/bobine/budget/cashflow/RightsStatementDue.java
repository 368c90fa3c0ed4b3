package fr.bobine.budget.cashflow;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A rights statement issued to a participant: its amount due is money out of the cash-flow plan. */
@Entity
@Table(name = "rights_statement_due")
public class RightsStatementDue extends PanacheEntityBase {
    @Id
    @Column(name = "statement_id")
    public UUID statementId;
    @Column(name = "production_id")
    public UUID productionId;
    public String holder;
    @Column(name = "period_start")
    public LocalDate periodStart;
    @Column(name = "period_end")
    public LocalDate periodEnd;
    @Column(name = "amount_due")
    public BigDecimal amountDue;
    @Column(name = "issued_on")
    public LocalDate issuedOn;
    @Column(name = "created_at")
    public Instant createdAt;
}
