package fr.bobine.budget.carbon;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An emission factor of an activity from a date, with its source. Never changed: a newer factor is a new row. */
@Entity
@Table(name = "carbon_factor")
public class CarbonFactor extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "activity_code")
    public String activityCode;
    @Column(name = "kg_co2e_per_unit")
    public BigDecimal kgCo2ePerUnit;
    @Column(name = "valid_from")
    public LocalDate validFrom;
    public String source;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public Instant createdAt;

    CarbonFootprint.Factor toFactor() {
        return new CarbonFootprint.Factor(id, activityCode, kgCo2ePerUnit, validFrom, source);
    }
}
