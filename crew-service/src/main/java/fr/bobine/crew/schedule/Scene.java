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

/** A scene of the script breakdown (dépouillement). */
@Entity
@Table(name = "scene")
public class Scene extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "production_id")
    public UUID productionId;
    public String number;
    @Column(name = "number_sort")
    public String numberSort;
    @Column(name = "set_id")
    public UUID setId;
    @Enumerated(EnumType.STRING)
    public Setting setting;
    @Enumerated(EnumType.STRING)
    @Column(name = "time_of_day")
    public TimeOfDay timeOfDay;
    public int eighths;
    public String synopsis;
    /** JSON array of {@link CastMember}. */
    @Column(name = "cast_members")
    public String castMembers;
    @Column(name = "special_needs")
    public String[] specialNeeds;
    @Column(name = "search_text")
    public String searchText;
    @Version
    public long version;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
