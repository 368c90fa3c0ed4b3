package fr.bobine.budget.accounting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A CNC budget account (or chapter) mapped to the French PCG expense account its costs are posted to. */
@Entity
@Table(name = "account_mapping")
public class AccountMapping extends PanacheEntityBase {
    @Id
    @Column(name = "budget_account_code")
    public String budgetAccountCode;
    @Column(name = "pcg_account")
    public String pcgAccount;
    @Column(name = "pcg_label")
    public String pcgLabel;
    @Version
    public long version;
}
