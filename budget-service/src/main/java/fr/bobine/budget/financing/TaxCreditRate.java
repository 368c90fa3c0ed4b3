package fr.bobine.budget.financing;

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

/** The rate and cap of a tax-credit scheme over a period. */
@Entity
@Table(name = "tax_credit_rate")
public class TaxCreditRate extends PanacheEntityBase {
    @Id
    public UUID id;
    @Enumerated(EnumType.STRING)
    public TaxCreditScheme scheme;
    public BigDecimal rate;
    public BigDecimal cap;
    @Column(name = "valid_from")
    public LocalDate validFrom;
    @Column(name = "valid_to")
    public LocalDate validTo;
    public String source;
    @Version
    public long version;

    TaxCreditRateDto toDto() {
        return new TaxCreditRateDto(id, scheme, DecimalString.rate(rate), cap == null ? null : fr.bobine.platform.money.Money.eur(cap.toPlainString()),
                validFrom, validTo, source, version);
    }
}
