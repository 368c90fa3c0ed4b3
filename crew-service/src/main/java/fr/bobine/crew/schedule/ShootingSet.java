package fr.bobine.crew.schedule;

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

/** A set or location of a production: where its scenes are shot, with the address the call sheets give. */
@Entity
@Table(name = "shooting_set")
public class ShootingSet extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "production_id")
    public UUID productionId;
    public String code;
    public String name;
    @Enumerated(EnumType.STRING)
    public SetKind kind;
    public String street;
    public String postcode;
    public String town;
    public String country;
    @Column(name = "access_notes")
    public String accessNotes;
    @Column(name = "nearest_hospital")
    public String nearestHospital;
    @Column(name = "search_text")
    public String searchText;
    @Version
    public long version;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
