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

/** An approved week of a crew contract: the gross and the charges booked as actuals, for the payroll dates. */
@Entity
@Table(name = "crew_timesheet")
public class CrewTimesheet extends PanacheEntityBase {
    @Id
    @Column(name = "timesheet_id")
    public UUID timesheetId;
    @Column(name = "contract_id")
    public UUID contractId;
    @Column(name = "production_id")
    public UUID productionId;
    @Column(name = "week_start")
    public LocalDate weekStart;
    public BigDecimal gross;
    public BigDecimal charges;
    @Column(name = "created_at")
    public Instant createdAt;
}
