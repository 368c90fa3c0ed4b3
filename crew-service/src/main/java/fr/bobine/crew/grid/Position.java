package fr.bobine.crew.grid;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "position")
public class Position extends PanacheEntityBase {

    @Id
    public String code;
    public String label;
    @Enumerated(EnumType.STRING)
    public Agreement agreement;
    @Enumerated(EnumType.STRING)
    public Annexe annexe;
    public boolean cadre;
    @Column(name = "set_craft")
    public boolean setCraft;

    PositionDto toDto() {
        return new PositionDto(code, label, agreement, annexe, cadre, setCraft);
    }
}
