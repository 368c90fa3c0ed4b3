package fr.bobine.crew.schedule;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The production office's settings of a production (JSON arrays for the lists). Its version is kept by the service, not
 * by Hibernate: a production without settings is at version 0, and the first save must name it.
 */
@Entity
@Table(name = "production_office")
public class ProductionOffice extends PanacheEntityBase {

    @Id
    @Column(name = "production_id")
    public UUID productionId;
    public String address;
    public String phone;
    @Column(name = "department_calls")
    public String departmentCalls;
    @Column(name = "emergency_contacts")
    public String emergencyContacts;
    @Column(name = "position_departments")
    public String positionDepartments;
    public long version;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
