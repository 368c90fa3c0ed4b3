package fr.bobine.crew.schedule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import fr.bobine.crew.grid.Agreement;
import fr.bobine.crew.person.PersonKind;
import fr.bobine.platform.money.DecimalString;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The daily rest of an agreement for technicians or artists, in force from one date to another (reference data). */
@Entity
@Table(name = "daily_rest_rule")
public class DailyRestRule extends PanacheEntityBase {

    @Id
    public UUID id;
    @Enumerated(EnumType.STRING)
    public Agreement agreement;
    @Enumerated(EnumType.STRING)
    public PersonKind staff;
    @Column(name = "rest_minutes")
    public int restMinutes;
    @Column(name = "floor_minutes")
    public int floorMinutes;
    @Column(name = "reductions_per_week")
    public Integer reductionsPerWeek;
    /** Fraction of the base hourly rate: 1.00 = +100 %. */
    @Column(name = "premium_rate")
    public BigDecimal premiumRate;
    @Column(name = "valid_from")
    public LocalDate validFrom;
    @Column(name = "valid_to")
    public LocalDate validTo;
    public String source;

    DailyRest.Terms terms() {
        return new DailyRest.Terms(restMinutes, floorMinutes, reductionsPerWeek, premiumRate, source);
    }

    DailyRestRuleDto toDto() {
        return new DailyRestRuleDto(id, agreement, staff, restMinutes, floorMinutes, reductionsPerWeek,
                DecimalString.rate(premiumRate), validFrom,
                validTo, source);
    }
}
