package fr.bobine.budget.financing;

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

/** One line of the financing plan: who brings how much, how far it has gone, and when it is paid. */
@Entity
@Table(name = "financing_source")
public class FinancingSource extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "production_id")
    public UUID productionId;
    @Enumerated(EnumType.STRING)
    public FinancingKind kind;
    public String financier;
    public BigDecimal amount;
    public String currency;
    @Enumerated(EnumType.STRING)
    public FinancingStatus status;
    @Column(name = "public_aid")
    public boolean publicAid;
    @Column(name = "expected_date")
    public LocalDate expectedDate;
    @Column(name = "actual_date")
    public LocalDate actualDate;
    public String note;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "confirmed_at")
    public Instant confirmedAt;
    @Version
    public long version;
}
