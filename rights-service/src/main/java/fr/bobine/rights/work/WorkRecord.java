package fr.bobine.rights.work;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An underlying work; its holders are a JSON document. */
@Entity
@Table(name = "work")
public class WorkRecord extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "production_id")
    public UUID productionId;
    @Enumerated(EnumType.STRING)
    public WorkKind kind;
    public String title;
    @Column(name = "adapted_from")
    public UUID adaptedFrom;
    public String document;
    @Version
    public long version;
    @Column(name = "created_at")
    public Instant createdAt;
}
