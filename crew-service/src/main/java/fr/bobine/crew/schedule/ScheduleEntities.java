package fr.bobine.crew.schedule;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The stored shooting schedule: versions, their days and the scenes of each day. */
public final class ScheduleEntities {

    private ScheduleEntities() {
    }

    @Entity(name = "ScheduleVersion")
    @Table(name = "schedule_version")
    public static class ScheduleVersion extends PanacheEntityBase {
        @Id
        public UUID id;
        @Column(name = "production_id")
        public UUID productionId;
        public int number;
        @Enumerated(EnumType.STRING)
        public ScheduleStatus status;
        public String label;
        @Column(name = "based_on")
        public UUID basedOn;
        @Version
        public long version;
        @Column(name = "created_at")
        public Instant createdAt;
        @Column(name = "updated_at")
        public Instant updatedAt;
        @Column(name = "published_at")
        public Instant publishedAt;
        @Column(name = "published_by")
        public String publishedBy;
    }

    @Entity(name = "ShootingDay")
    @Table(name = "shooting_day")
    public static class ShootingDay extends PanacheEntityBase {
        @Id
        public UUID id;
        @Column(name = "version_id")
        public UUID versionId;
        @Column(name = "shoot_date")
        public LocalDate date;
        @Column(name = "unit_call")
        public LocalTime unitCall;
        @Column(name = "estimated_wrap")
        public LocalTime estimatedWrap;
        @Column(name = "meal_break_minutes")
        public int mealBreakMinutes;
        public String notes;
    }

    @Entity(name = "ShootingDayScene")
    @Table(name = "shooting_day_scene")
    @IdClass(DaySceneKey.class)
    public static class ShootingDayScene extends PanacheEntityBase {
        @Id
        @Column(name = "day_id")
        public UUID dayId;
        @Id
        public int position;
        @Column(name = "version_id")
        public UUID versionId;
        @Column(name = "scene_id")
        public UUID sceneId;
    }

    public static class DaySceneKey implements Serializable {
        public UUID dayId;
        public int position;

        public DaySceneKey() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof DaySceneKey k && Objects.equals(dayId, k.dayId) && position == k.position;
        }

        @Override
        public int hashCode() {
            return Objects.hash(dayId, position);
        }
    }
}
