package fr.bobine.budget.devis;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A chapter (level 1), sub-account (level 2) or line (level 3) of a template, with its French and English labels. */
@Entity
@Table(name = "template_account")
@IdClass(TemplateAccount.Key.class)
public class TemplateAccount extends PanacheEntityBase {
    @Id
    @Column(name = "template_code")
    public String templateCode;
    @Id
    public String code;
    @Column(name = "parent_code")
    public String parentCode;
    @Column(name = "chapter_code")
    public String chapterCode;
    public int level;
    @Column(name = "label_fr")
    public String labelFr;
    @Column(name = "label_en")
    public String labelEn;
    public int position;
    @Enumerated(EnumType.STRING)
    @Column(name = "fringe_category")
    public FringeCategory fringeCategory;
    @Enumerated(EnumType.STRING)
    @Column(name = "posts_fringes_of")
    public FringeCategory postsFringesOf;
    @Column(name = "tax_credit_eligible")
    public boolean taxCreditEligible;
    @Version
    public long version;

    public String label(String lang) {
        return "en".equals(lang) ? labelEn : labelFr;
    }

    DevisCalculator.Account toCalculation() {
        return new DevisCalculator.Account(code, parentCode, chapterCode, level, postsFringesOf, taxCreditEligible);
    }

    TemplateAccountDto toDto() {
        return new TemplateAccountDto(code, parentCode, chapterCode, level, labelFr, labelEn, position, fringeCategory,
                postsFringesOf, taxCreditEligible, version);
    }

    public static class Key implements Serializable {
        public String templateCode;
        public String code;

        public Key() {
        }

        public Key(String templateCode, String code) {
            this.templateCode = templateCode;
            this.code = code;
        }

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
