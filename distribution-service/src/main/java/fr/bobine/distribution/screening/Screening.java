package fr.bobine.distribution.screening;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One row of the append-only screening log (a trigger refuses updates and deletes). */
@Entity
@Table(name = "screening")
public class Screening extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "production_id")
    public UUID productionId;
    @Column(name = "screened_on")
    public LocalDate screenedOn;
    public String country;
    @Enumerated(EnumType.STRING)
    public ScreeningKind kind;
    @Column(name = "is_public")
    public boolean isPublic;
    @Column(name = "event_name")
    public String eventName;
    @Column(name = "recorded_at")
    public Instant recordedAt;
    @Column(name = "recorded_by")
    public String recordedBy;

    ScreeningFact toFact() {
        return new ScreeningFact(id, screenedOn, country, kind, isPublic, eventName);
    }

    ScreeningDto toDto() {
        return new ScreeningDto(id, productionId, screenedOn, country, kind, isPublic, eventName, recordedAt, recordedBy);
    }
}
