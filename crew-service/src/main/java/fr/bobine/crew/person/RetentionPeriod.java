package fr.bobine.crew.person;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** How many years records of a kind are kept after the last of them, from a date (dated reference data). */
@Entity
@Table(name = "retention_period")
public class RetentionPeriod extends PanacheEntityBase {

    /** Payroll records about a person: contracts, timesheets, payroll inputs, the personal data they need. */
    public static final String PAYROLL_RECORDS = "PAYROLL_RECORDS";

    @Id
    public UUID id;
    public String code;
    public int years;
    @Column(name = "valid_from")
    public LocalDate validFrom;
    @Column(name = "valid_to")
    public LocalDate validTo;
    public String source;

    RetentionPeriodDto toDto() {
        return new RetentionPeriodDto(id, code, years, validFrom, validTo, source);
    }
}
