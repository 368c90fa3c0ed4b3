package fr.bobine.distribution.revenue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "revenue_line")
public class RevenueLine extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "report_id")
    public UUID reportId;
    public int position;
    @Enumerated(EnumType.STRING)
    public RevenueMedia media;
    public String territory;
    @Column(name = "gross_amount")
    public BigDecimal grossAmount;
    public Integer admissions;
    @Column(name = "week_start")
    public LocalDate weekStart;
}
