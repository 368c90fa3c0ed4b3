package fr.bobine.budget.labour;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A crew contract as budget-service keeps it from {@code crew.contract.signed}: the lines its gross and its employer
 * charges were booked on, its dates and its figures. The timesheets book their charges at this contract's ratio and
 * the cash-flow plan spreads its open part over its weeks.
 */
@Entity
@Table(name = "crew_contract")
public class CrewContract extends PanacheEntityBase {
    public static final String SIGNED = "SIGNED";
    public static final String CANCELLED = "CANCELLED";

    @Id
    @Column(name = "contract_id")
    public UUID contractId;
    @Column(name = "production_id")
    public UUID productionId;
    @Column(name = "employee_number")
    public String employeeNumber;
    @Column(name = "salary_lineage")
    public UUID salaryLineage;
    @Column(name = "charges_lineage")
    public UUID chargesLineage;
    @Column(name = "charges_on_salary_line")
    public boolean chargesOnSalaryLine;
    @Column(name = "start_date")
    public LocalDate startDate;
    @Column(name = "end_date")
    public LocalDate endDate;
    public BigDecimal gross;
    public BigDecimal charges;
    public BigDecimal allowances;
    public String status;
    /** The last amendment (avenant) applied, 0 before any. */
    @Column(name = "amendment_number")
    public int amendmentNumber;
    @Column(name = "cancelled_at")
    public Instant cancelledAt;
    @Column(name = "created_at")
    public Instant createdAt;
}
