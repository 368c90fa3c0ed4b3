package fr.bobine.crew.contract;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import fr.bobine.crew.grid.Agreement;
import fr.bobine.crew.grid.Engagement;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A CDDU (C. trav. L1242-2 3° and D1242-1 6°) between the producer and one technician or artist. */
@Entity
@Table(name = "contract")
public class Contract extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "production_id")
    public UUID productionId;
    @Column(name = "person_id")
    public UUID personId;
    @Column(name = "position_code")
    public String positionCode;
    @Enumerated(EnumType.STRING)
    public Agreement agreement;
    @Enumerated(EnumType.STRING)
    public Engagement engagement;
    @Column(name = "weekly_hours")
    public Integer weeklyHours;
    @Column(name = "start_date")
    public LocalDate startDate;
    @Column(name = "first_hour")
    public LocalTime firstHour;
    @Column(name = "end_date")
    public LocalDate endDate;
    public BigDecimal rate;
    public String currency;
    @Enumerated(EnumType.STRING)
    public WorkLocation location;
    @Column(name = "budget_line_code")
    public String budgetLineCode;
    /** JSON array of {@link Allowance}. */
    public String allowances;
    @Enumerated(EnumType.STRING)
    public ContractStatus status;
    @Column(name = "minimum_in_force")
    public BigDecimal minimumInForce;
    @Column(name = "low_budget_applied")
    public boolean lowBudgetApplied;
    @Column(name = "committed_gross")
    public BigDecimal committedGross;
    @Column(name = "employer_cost_estimate")
    public BigDecimal employerCostEstimate;
    @Column(name = "cancellation_reason")
    public String cancellationReason;
    /** 0 until the first amendment (avenant), then the number of the latest one. */
    @Column(name = "amendment_number")
    public int amendmentNumber;
    @Version
    public long version;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "signed_at")
    public Instant signedAt;
    @Column(name = "cancelled_at")
    public Instant cancelledAt;
}
