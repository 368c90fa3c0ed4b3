package fr.bobine.crew.person;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A technician or artist; personal data only as ciphertext. */
@Entity
@Table(name = "person")
public class Person extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "employee_number")
    public String employeeNumber;
    @Column(name = "last_name")
    public String lastName;
    @Column(name = "first_names")
    public String firstNames;
    @Enumerated(EnumType.STRING)
    public Sex sex;
    @Enumerated(EnumType.STRING)
    public PersonKind kind;
    @Column(name = "nir_fingerprint")
    public String nirFingerprint;
    @Column(name = "personal_data")
    public String personalData;
    @Column(name = "conges_spectacles_number")
    public String congesSpectaclesNumber;
    @Column(name = "medical_visit_date")
    public LocalDate medicalVisitDate;
    /** Set once the payroll records were kept long enough and the personal data erased. */
    @Column(name = "pseudonymised_at")
    public Instant pseudonymisedAt;
    @Version
    public long version;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    @Override
    public String toString() {
        return "Person[" + id + "]";
    }
}
