package fr.bobine.distribution.festival;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "festival_section")
public class FestivalSection extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "edition_id")
    public UUID editionId;
    public String code;
    public String name;
    @Enumerated(EnumType.STRING)
    @Column(name = "premiere_requirement")
    public PremiereRequirement premiereRequirement;
    @Column(name = "premiere_rule_code")
    public String premiereRuleCode;
}
