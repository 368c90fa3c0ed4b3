package fr.bobine.budget.carbon;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** What a footprint counts (train passenger.km, hotel nights, euros spent on sets...), in a calculator's category. */
@Entity
@Table(name = "carbon_activity")
public class CarbonActivity extends PanacheEntityBase {
    @Id
    public String code;
    @Enumerated(EnumType.STRING)
    public CarbonCategory category;
    public String unit;
    @Column(name = "label_fr")
    public String labelFr;
    @Column(name = "label_en")
    public String labelEn;
    public int position;

    CarbonFootprint.Activity toActivity() {
        return new CarbonFootprint.Activity(code, category, unit, labelFr, labelEn, position);
    }
}
