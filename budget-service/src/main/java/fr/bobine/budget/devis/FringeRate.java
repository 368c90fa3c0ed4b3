package fr.bobine.budget.devis;

import java.math.BigDecimal;
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

import fr.bobine.platform.money.DecimalString;

/** The employer social-charge rate of one category over a period. */
@Entity
@Table(name = "fringe_rate")
public class FringeRate extends PanacheEntityBase {
    @Id
    public UUID id;
    @Enumerated(EnumType.STRING)
    public FringeCategory category;
    public BigDecimal rate;
    @Column(name = "valid_from")
    public LocalDate validFrom;
    @Column(name = "valid_to")
    public LocalDate validTo;
    public String note;
    @Version
    public long version;

    boolean covers(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    FringeRateDto toDto() {
        return new FringeRateDto(id, category, DecimalString.rate(rate), validFrom, validTo, note, version);
    }
}
