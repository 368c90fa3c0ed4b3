package fr.bobine.rights.preset;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A rate the presets read (VAT, TSA, rental rate, protocol caps), valid from/to a date. */
@Entity
@Table(name = "waterfall_rate")
public class WaterfallRate extends PanacheEntityBase {

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
    @Column(name = "created_at")
    public Instant createdAt;

    public static Optional<WaterfallRate> on(String code, LocalDate date) {
        return find("code = ?1 and validFrom <= ?2 and (validTo is null or validTo >= ?2) order by validFrom desc", code, date)
                .firstResultOptional();
    }

    WaterfallRateDto toDto() {
        return new WaterfallRateDto(id, code, label, rate, validFrom, validTo, source);
    }
}
