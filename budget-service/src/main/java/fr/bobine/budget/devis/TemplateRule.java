package fr.bobine.budget.devis;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A percentage rule a new budget on this template starts with (frais généraux, imprévus). */
@Entity
@Table(name = "template_rule")
@IdClass(TemplateRule.Key.class)
public class TemplateRule extends PanacheEntityBase {
    @Id
    @Column(name = "template_code")
    public String templateCode;
    @Id
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

    public static class Key implements Serializable {
        public String templateCode;
        public String code;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(templateCode, k.templateCode) && Objects.equals(code, k.code);
        }

        @Override
        public int hashCode() {
            return Objects.hash(templateCode, code);
        }
    }
}
