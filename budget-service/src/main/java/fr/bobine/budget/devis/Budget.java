package fr.bobine.budget.devis;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The budget of a production on one template; its content lives in its versions. */
@Entity
@Table(name = "budget")
public class Budget extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "production_id")
    public UUID productionId;
    @Column(name = "template_code")
    public String templateCode;
    public String title;
    public String currency;
    @Column(name = "created_at")
    public Instant createdAt;
    @Version
    public long version;
}
