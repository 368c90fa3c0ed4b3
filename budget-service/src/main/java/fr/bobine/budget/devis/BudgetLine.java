package fr.bobine.budget.devis;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** quantity x rate in a currency, converted at the stored exchange rate, under one template account. */
@Entity
@Table(name = "budget_line")
public class BudgetLine extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "version_id")
    public UUID versionId;
    public UUID lineage;
    @Column(name = "account_code")
    public String accountCode;
    public String label;
    public BigDecimal quantity;
    public String unit;
    public BigDecimal rate;
    public String currency;
    @Column(name = "exchange_rate")
    public BigDecimal exchangeRate;
    @Column(name = "spent_in_france")
    public boolean spentInFrance;
    @Enumerated(EnumType.STRING)
    @Column(name = "fringe_category")
    public FringeCategory fringeCategory;
    public String note;
    public int position;
    @Version
    public long version;

    DevisCalculator.Line toCalculation() {
        return new DevisCalculator.Line(id, accountCode, quantity, rate, currency, exchangeRate, spentInFrance, fringeCategory);
    }

    BudgetLine copyInto(UUID newVersionId) {
        BudgetLine copy = new BudgetLine();
        copy.id = UUID.randomUUID();
        copy.versionId = newVersionId;
        copy.lineage = lineage;
        copy.accountCode = accountCode;
        copy.label = label;
        copy.quantity = quantity;
        copy.unit = unit;
        copy.rate = rate;
        copy.currency = currency;
        copy.exchangeRate = exchangeRate;
        copy.spentInFrance = spentInFrance;
        copy.fringeCategory = fringeCategory;
        copy.note = note;
        copy.position = position;
        return copy;
    }
}
