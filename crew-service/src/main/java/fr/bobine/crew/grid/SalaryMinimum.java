package fr.bobine.crew.grid;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import fr.bobine.platform.money.Money;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "salary_minimum")
public class SalaryMinimum extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "position_code")
    public String positionCode;
    @Enumerated(EnumType.STRING)
    public Engagement engagement;
    @Column(name = "weekly_hours")
    public Integer weeklyHours;
    public BigDecimal amount;
    @Column(name = "valid_from")
    public LocalDate validFrom;
    @Column(name = "valid_to")
    public LocalDate validTo;
    public String source;

    SalaryMinimumDto toDto() {
        return new SalaryMinimumDto(id, positionCode, engagement, weeklyHours, new Money(amount, Money.EUR), validFrom, validTo,
                source);
    }
}
