package fr.bobine.budget.closing;

import java.io.Serializable;
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

/** The accountant's explanation of one chapter's variance in the final cost statement. */
@Entity
@Table(name = "closing_explanation")
@IdClass(ClosingExplanation.Key.class)
public class ClosingExplanation extends PanacheEntityBase {
    @Id
    @Column(name = "production_id")
    public UUID productionId;
    @Id
    @Column(name = "chapter_code")
    public String chapterCode;
    public String explanation;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;
    @Version
    public long version;

    public static class Key implements Serializable {
        public UUID productionId;
        public String chapterCode;

        public Key() {
        }

        public Key(UUID productionId, String chapterCode) {
            this.productionId = productionId;
            this.chapterCode = chapterCode;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(productionId, k.productionId) && Objects.equals(chapterCode, k.chapterCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(productionId, chapterCode);
        }
    }
}
