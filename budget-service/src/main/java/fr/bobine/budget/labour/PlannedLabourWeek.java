package fr.bobine.budget.labour;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One contract's planned week, as the published shooting schedule computes it in crew-service. */
@Entity
@Table(name = "planned_labour_week")
@IdClass(PlannedLabourWeek.Key.class)
public class PlannedLabourWeek extends PanacheEntityBase {
    @Id
    @Column(name = "production_id")
    public UUID productionId;
    @Id
    @Column(name = "contract_id")
    public UUID contractId;
    @Id
    @Column(name = "week_start")
    public LocalDate weekStart;
    @Column(name = "employee_number")
    public String employeeNumber;
    @Column(name = "budget_line_code")
    public String budgetLineCode;
    public BigDecimal hours;
    public int cachets;
    public BigDecimal gross;

    public static class Key implements Serializable {
        public UUID productionId;
        public UUID contractId;
        public LocalDate weekStart;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(productionId, k.productionId) && Objects.equals(contractId, k.contractId)
                    && Objects.equals(weekStart, k.weekStart);
        }

        @Override
        public int hashCode() {
            return Objects.hash(productionId, contractId, weekStart);
        }
    }
}
