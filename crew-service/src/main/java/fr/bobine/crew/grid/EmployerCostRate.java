package fr.bobine.crew.grid;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "employer_cost_rate")
public class EmployerCostRate extends PanacheEntityBase {

    @Id
    public UUID id;
    public String code;
    public String label;
    public BigDecimal rate;
    @Column(name = "valid_from")
    public LocalDate validFrom;
    @Column(name = "valid_to")
    public LocalDate validTo;
    public String source;

    EmployerCostRateDto toDto() {
        return new EmployerCostRateDto(id, code, label, rate.toPlainString(), validFrom, validTo, source);
    }
}
