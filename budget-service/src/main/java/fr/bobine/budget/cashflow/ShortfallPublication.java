package fr.bobine.budget.cashflow;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The last budget.cash.shortfall.forecast published for a production, to publish again only on a change. */
@Entity
@Table(name = "cash_shortfall_publication")
public class ShortfallPublication extends PanacheEntityBase {
    @Id
    @Column(name = "production_id")
    public UUID productionId;
    public String fingerprint;
    public boolean resolved;
    @Column(name = "event_id")
    public UUID eventId;
    @Column(name = "published_at")
    public Instant publishedAt;
}
