package fr.bobine.crew.contract;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Whether a production was admitted to the cinema low-budget regime (CCN 3097 annexe III): minima do not bind it. */
@Entity
@Table(name = "production_payroll_regime")
public class PayrollRegime extends PanacheEntityBase {

    @Id
    @Column(name = "production_id")
    public UUID productionId;
    @Column(name = "low_budget_annexe3")
    public boolean lowBudgetAnnexe3;
    @Column(name = "decision_reference")
    public String decisionReference;
    @Column(name = "recorded_by")
    public String recordedBy;
    @Column(name = "recorded_at")
    public Instant recordedAt;
}
