package fr.bobine.budget.devis;

import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A percentage line of one version: rate x base (chapters, less excluded rules), with an optional cap. */
@Entity
@Table(name = "budget_rule")
public class BudgetRule extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "version_id")
    public UUID versionId;
    public String code;
    @Enumerated(EnumType.STRING)
    public RuleKind kind;
    @Column(name = "label_fr")
    public String labelFr;
    @Column(name = "label_en")
    public String labelEn;
    public BigDecimal rate;
    @Column(name = "base_chapters", columnDefinition = "text[]")
    public String[] baseChapters;
    @Column(name = "excluded_rules", columnDefinition = "text[]")
    public String[] excludedRules;
    public BigDecimal cap;
    public int position;
    @Version
    public long version;

    DevisCalculator.Rule toCalculation() {
        return new DevisCalculator.Rule(code, kind, rate, Set.of(baseChapters), Set.of(excludedRules), cap);
    }

    public String label(String lang) {
        return "en".equals(lang) ? labelEn : labelFr;
    }

    BudgetRule copyInto(UUID newVersionId) {
        BudgetRule copy = new BudgetRule();
        copy.id = UUID.randomUUID();
        copy.versionId = newVersionId;
        copy.code = code;
        copy.kind = kind;
        copy.labelFr = labelFr;
        copy.labelEn = labelEn;
        copy.rate = rate;
        copy.baseChapters = baseChapters.clone();
        copy.excludedRules = excludedRules.clone();
        copy.cap = cap;
        copy.position = position;
        return copy;
    }
}
