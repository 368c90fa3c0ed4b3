package fr.bobine.distribution.revenue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "revenue_report")
public class RevenueReport extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "production_id")
    public UUID productionId;
    @Column(name = "contract_id")
    public UUID contractId;
    public String reporter;
    @Column(name = "period_start")
    public LocalDate periodStart;
    @Column(name = "period_end")
    public LocalDate periodEnd;
    @Column(name = "received_on")
    public LocalDate receivedOn;
    @Column(name = "total_amount")
    public BigDecimal totalAmount;
    public String currency;
    public String source;
    @Column(name = "created_at")
    public Instant createdAt;
}
