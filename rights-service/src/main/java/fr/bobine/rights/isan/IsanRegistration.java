package fr.bobine.rights.isan;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The ISAN registered for a production (one per production; a series' episodes differ by the episode part). */
@Entity
@Table(name = "production_isan")
public class IsanRegistration extends PanacheEntityBase {

    @Id
    @Column(name = "production_id")
    public UUID productionId;
    public String root;
    public String episode;
    @Column(name = "isan_version")
    public String isanVersion;
    public String formatted;
    @Column(name = "registered_at")
    public Instant registeredAt;
}
