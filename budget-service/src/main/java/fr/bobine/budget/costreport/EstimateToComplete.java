package fr.bobine.budget.costreport;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An estimate to complete entered for one line of the cost report. */
@Entity
@Table(name = "estimate_to_complete")
@IdClass(EstimateToComplete.Key.class)
public class EstimateToComplete extends PanacheEntityBase {
    @Id
    @Column(name = "production_id")
    public UUID productionId;
    @Id
    @Column(name = "line_key")
    public String lineKey;
    public BigDecimal amount;
    public String note;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Version
    public long version;

    public static class Key implements Serializable {
        public UUID productionId;
        public String lineKey;

        public Key() {
        }

        public Key(UUID productionId, String lineKey) {
            this.productionId = productionId;
            this.lineKey = lineKey;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(productionId, k.productionId) && Objects.equals(lineKey, k.lineKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(productionId, lineKey);
        }
    }
}
