package fr.bobine.crew.timesheet;

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
import fr.bobine.crew.timesheet.rules.WeekCalculator;
import fr.bobine.crew.timesheet.rules.WeeklyLimits;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The weekly limits of an agreement for technicians or artists, in force from one date to another (reference data). */
@Entity
@Table(name = "weekly_work_limit")
public class WeeklyWorkLimit extends PanacheEntityBase {

    @Id
    public UUID id;
    @Enumerated(EnumType.STRING)
    public Agreement agreement;
    @Enumerated(EnumType.STRING)
    public PersonKind staff;
    @Column(name = "weekly_rest_hours")
    public BigDecimal weeklyRestHours;
    @Column(name = "maximum_hours")
    public BigDecimal maximumHours;
    @Column(name = "derogation_maximum_hours")
    public BigDecimal derogationMaximumHours;
    @Column(name = "valid_from")
    public LocalDate validFrom;
    @Column(name = "valid_to")
    public LocalDate validTo;
    public String source;

    WeeklyLimits.Limits limits() {
        return new WeeklyLimits.Limits(weeklyRestHours, maximumHours, derogationMaximumHours, source);
    }

    WeeklyWorkLimitDto toDto() {
        return new WeeklyWorkLimitDto(id, agreement, staff, hours(weeklyRestHours), hours(maximumHours), hours(derogationMaximumHours),
                validFrom, validTo, source);
    }

    private static String hours(BigDecimal value) {
        return WeekCalculator.plain(value).toPlainString();
    }
}
