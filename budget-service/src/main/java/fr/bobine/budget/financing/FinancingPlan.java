package fr.bobine.budget.financing;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The settings of a production's financing plan; its sources are rows of their own. */
@Entity
@Table(name = "financing_plan")
public class FinancingPlan extends PanacheEntityBase {
    @Id
    @Column(name = "production_id")
    public UUID productionId;
    @Column(name = "difficult_or_low_budget")
    public boolean difficultOrLowBudget;
    @Enumerated(EnumType.STRING)
    @Column(name = "tax_credit_scheme")
    public TaxCreditScheme taxCreditScheme = TaxCreditScheme.CINEMA_FRENCH_LANGUAGE;
    @Version
    public long version;
}
