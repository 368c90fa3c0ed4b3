package fr.bobine.crew.contract;

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

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The terms of a signed contract from a date: number 0 as signed, then one per amendment (avenant). Never changed. */
@Entity
@Table(name = "contract_version")
public class ContractVersion extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "contract_id")
    public UUID contractId;
    public int number;
    @Enumerated(EnumType.STRING)
    public ContractVersionKind kind;
    @Column(name = "effective_from")
    public LocalDate effectiveFrom;
    @Column(name = "signed_on")
    public LocalDate signedOn;
    public BigDecimal rate;
    @Column(name = "end_date")
    public LocalDate endDate;
    /** JSON array of {@link Allowance}. */
    public String allowances;
    @Column(name = "committed_gross")
    public BigDecimal committedGross;
    @Column(name = "allowances_estimate")
    public BigDecimal allowancesEstimate;
    @Column(name = "employer_cost_estimate")
    public BigDecimal employerCostEstimate;
    public String reason;
    @Column(name = "recorded_by")
    public String recordedBy;
    @Column(name = "recorded_at")
    public Instant recordedAt;
}
