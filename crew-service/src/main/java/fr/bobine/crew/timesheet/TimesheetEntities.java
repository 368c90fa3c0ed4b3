package fr.bobine.crew.timesheet;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import fr.bobine.crew.timesheet.rules.WeeklyLimits;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The tables of the timesheet feature. */
public final class TimesheetEntities {

    private TimesheetEntities() {
    }

    @Entity(name = "Timesheet")
    @Table(name = "timesheet")
    public static class Timesheet extends PanacheEntityBase {
        @Id
        public UUID id;
        @Column(name = "contract_id")
        public UUID contractId;
        @Column(name = "production_id")
        public UUID productionId;
        @Column(name = "person_id")
        public UUID personId;
        @Column(name = "week_start")
        public LocalDate weekStart;
        @Enumerated(EnumType.STRING)
        public TimesheetStatus status;
        public BigDecimal hours;
        public int cachets;
        public BigDecimal gross;
        @Version
        public long version;
        @Column(name = "created_at")
        public Instant createdAt;
        @Column(name = "approved_at")
        public Instant approvedAt;
        @Column(name = "approved_by")
        public String approvedBy;
    }

    @Entity(name = "TimesheetDay")
    @Table(name = "timesheet_day")
    public static class TimesheetDay extends PanacheEntityBase {
        @Id
        public UUID id;
        @Column(name = "timesheet_id")
        public UUID timesheetId;
        @Column(name = "person_id")
        public UUID personId;
        @Column(name = "work_date")
        public LocalDate workDate;
        @Column(name = "start_at")
        public LocalDateTime startAt;
        @Column(name = "end_at")
        public LocalDateTime endAt;
        @Column(name = "meal_break_minutes")
        public int mealBreakMinutes;
        @Column(name = "travel_minutes")
        public int travelMinutes;
        public BigDecimal hours;
        @Column(name = "night_hours")
        public BigDecimal nightHours;
        public int cachets;
        @Column(name = "rehearsal_hours")
        public BigDecimal rehearsalHours;
    }

    public static class LineKey implements java.io.Serializable {
        public UUID timesheetId;
        public String item;

        @Override
        public boolean equals(Object o) {
            return o instanceof LineKey k && k.timesheetId.equals(timesheetId) && k.item.equals(item);
        }

        @Override
        public int hashCode() {
            return timesheetId.hashCode() * 31 + item.hashCode();
        }
    }

    @Entity(name = "TimesheetLine")
    @Table(name = "timesheet_line")
    @IdClass(LineKey.class)
    public static class TimesheetLine extends PanacheEntityBase {
        @Id
        @Column(name = "timesheet_id")
        public UUID timesheetId;
        @Id
        public String item;
        public BigDecimal hours;
        public BigDecimal amount;
    }

    public static class WarningKey implements java.io.Serializable {
        public UUID timesheetId;
        public int position;

        @Override
        public boolean equals(Object o) {
            return o instanceof WarningKey k && k.timesheetId.equals(timesheetId) && k.position == position;
        }

        @Override
        public int hashCode() {
            return timesheetId.hashCode() * 31 + position;
        }
    }

    /** A weekly limit the week crossed when it was submitted. */
    @Entity(name = "TimesheetWarning")
    @Table(name = "timesheet_warning")
    @IdClass(WarningKey.class)
    public static class TimesheetWarning extends PanacheEntityBase {
        @Id
        @Column(name = "timesheet_id")
        public UUID timesheetId;
        @Id
        public int position;
        @Enumerated(EnumType.STRING)
        public WeeklyLimits.Code code;
        public String message;
    }
}
