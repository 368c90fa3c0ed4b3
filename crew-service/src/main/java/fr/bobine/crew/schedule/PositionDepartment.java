package fr.bobine.crew.schedule;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The department a position is called with, reference data seeded with the positions. */
@Entity
@Table(name = "position_department")
public class PositionDepartment extends PanacheEntityBase {

    @Id
    @Column(name = "position_code")
    public String positionCode;
    @Enumerated(EnumType.STRING)
    public Department department;
}
