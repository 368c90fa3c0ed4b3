package fr.bobine.budget.carbon;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Activity data a production entered for its forecast or its final statement. */
@Entity
@Table(name = "carbon_activity_line")
public class CarbonActivityLine extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "production_id")
    public UUID productionId;
    @Enumerated(EnumType.STRING)
    public CarbonBasis basis;
    @Column(name = "activity_code")
    public String activityCode;
    public BigDecimal quantity;
    @Column(name = "account_code")
    public String accountCode;
    public String description;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public Instant createdAt;
}
