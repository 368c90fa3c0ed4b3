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

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The hours an agreement guarantees to pay to an engagement, from a date (CCN 3097 art. 16, 25, 26, 34; 2642 IV.2.1). */
@Entity
@Table(name = "pay_guarantee")
public class PayGuarantee extends PanacheEntityBase {

    @Id
    public UUID id;
    @Enumerated(EnumType.STRING)
    public Agreement agreement;
    @Enumerated(EnumType.STRING)
    public Engagement engagement;
    @Column(name = "weekly_hours")
    public BigDecimal weeklyHours;
    @Column(name = "contract_weekly_hours")
    public boolean contractWeeklyHours;
    @Column(name = "six_day_week_hours")
    public BigDecimal sixDayWeekHours;
    @Column(name = "daily_hours")
    public BigDecimal dailyHours;
    @Column(name = "valid_from")
    public LocalDate validFrom;
    @Column(name = "valid_to")
    public LocalDate validTo;
    public String source;

    PayGuaranteeDto toDto() {
        return new PayGuaranteeDto(id, agreement, engagement, hours(weeklyHours), contractWeeklyHours, hours(sixDayWeekHours),
                hours(dailyHours), validFrom, validTo, source);
    }

    private static String hours(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
