package fr.bobine.rights.statement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An issued statement (reddition des comptes): its figures are frozen as JSON when it is issued. */
@Entity
@Table(name = "statement")
public class StatementRecord extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "production_id")
    public UUID productionId;
    @Column(name = "waterfall_id")
    public UUID waterfallId;
    public String holder;
    @Column(name = "period_start")
    public LocalDate periodStart;
    @Column(name = "period_end")
    public LocalDate periodEnd;
    public String currency;
    @Column(name = "amount_due")
    public BigDecimal amountDue;
    public String document;
    @Column(name = "issued_at")
    public Instant issuedAt;
}
