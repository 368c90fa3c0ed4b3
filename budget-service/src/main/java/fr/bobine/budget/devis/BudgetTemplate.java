package fr.bobine.budget.devis;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A budget layout (the CNC cinema devis, the audiovisual devis), seeded by migration. */
@Entity
@Table(name = "budget_template")
public class BudgetTemplate extends PanacheEntityBase {
    @Id
    public String code;
    public String kind;
    @Column(name = "label_fr")
    public String labelFr;
    @Column(name = "label_en")
    public String labelEn;
    @Version
    public long version;
}
