package fr.bobine.budget.accounting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A credit account of the payroll entry: GROSS (salaries due, 421) or CHARGES (social security, 431). Editable. */
@Entity
@Table(name = "payroll_account")
public class PayrollAccount extends PanacheEntityBase {
    public static final String GROSS = "GROSS";
    public static final String CHARGES = "CHARGES";

    @Id
    public String kind;
    @Column(name = "pcg_account")
    public String pcgAccount;
    @Column(name = "pcg_label")
    public String pcgLabel;
    @Version
    public long version;
}
