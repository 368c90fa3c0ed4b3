package fr.bobine.budget.carbon;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The monetary activity that spend on a devis account counts as. */
@Entity
@Table(name = "carbon_account_mapping")
@IdClass(CarbonAccountMapping.Key.class)
public class CarbonAccountMapping extends PanacheEntityBase {
    @Id
    @Column(name = "template_code")
    public String templateCode;
    @Id
    @Column(name = "account_code")
    public String accountCode;
    @Column(name = "activity_code")
    public String activityCode;
    @Version
    public long version;

    public static class Key implements Serializable {
        public String templateCode;
        public String accountCode;

        public Key() {
        }

        public Key(String templateCode, String accountCode) {
            this.templateCode = templateCode;
            this.accountCode = accountCode;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.templateCode.equals(templateCode) && k.accountCode.equals(accountCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(templateCode, accountCode);
        }
    }
}
