package fr.bobine.rights.version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One version (scenario) of a production's waterfall: its graph as JSON and the state after the receipts it ran. */
@Entity
@Table(name = "waterfall")
public class WaterfallVersion extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "production_id")
    public UUID productionId;
    public String name;
    public String currency;
    @Column(name = "release_date")
    public LocalDate releaseDate;
    public String definition;
    public String state;
    @Version
    public long version;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    public static List<WaterfallVersion> ofProduction(UUID productionId) {
        return list("productionId = ?1 order by createdAt, id", productionId);
    }
}
