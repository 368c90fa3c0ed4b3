package fr.bobine.budget.distribution;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The devis account a category of distribution cost is booked on, per budget template. Editable. */
@Entity
@Table(name = "distribution_cost_mapping")
@IdClass(DistributionCostMapping.Key.class)
public class DistributionCostMapping extends PanacheEntityBase {
    @Id
    @Column(name = "template_code")
    public String templateCode;
    @Id
    public String category;
    @Column(name = "budget_account_code")
    public String budgetAccountCode;
    @Version
    public long version;

    public static class Key implements Serializable {
        public String templateCode;
        public String category;

        public Key() {
        }

        public Key(String templateCode, String category) {
            this.templateCode = templateCode;
            this.category = category;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(templateCode, k.templateCode) && Objects.equals(category, k.category);
        }

        @Override
        public int hashCode() {
            return Objects.hash(templateCode, category);
        }
    }
}
