package fr.bobine.distribution.release;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** What distribution-service knows of a production beyond budget-service's record: origin and French release. */
@Entity
@Table(name = "release_profile")
public class ReleaseProfile extends PanacheEntityBase {

    @Id
    @Column(name = "production_id")
    public UUID productionId;
    @Column(name = "origin_country")
    public String originCountry;
    @Column(name = "french_release_date")
    public LocalDate frenchReleaseDate;
    @Version
    public long version;
    @Column(name = "updated_at")
    public Instant updatedAt;

    ReleaseProfileDto toDto() {
        return new ReleaseProfileDto(productionId, originCountry, frenchReleaseDate, version);
    }
}
