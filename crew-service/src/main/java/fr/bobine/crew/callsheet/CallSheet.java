package fr.bobine.crew.callsheet;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A version of the call sheet of one shooting day: what the office entered ({@code details}) and what was generated. */
@Entity
@Table(name = "call_sheet")
public class CallSheet extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "production_id")
    public UUID productionId;
    @Column(name = "shoot_date")
    public LocalDate date;
    public int number;
    @Enumerated(EnumType.STRING)
    public CallSheetStatus status;
    @Column(name = "schedule_version_id")
    public UUID scheduleVersionId;
    /** JSON of {@link CallSheetInput}. */
    public String details;
    /** JSON of {@link CallSheetContent}. */
    public String content;
    public UUID supersedes;
    @Version
    public long version;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "sent_at")
    public Instant sentAt;
    @Column(name = "sent_by")
    public String sentBy;
}
