package fr.bobine.distribution.festival;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import fr.bobine.platform.money.Money;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "deadline_tier")
public class DeadlineTier extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "edition_id")
    public UUID editionId;
    public String name;
    public LocalDate deadline;
    @Column(name = "fee_amount")
    public BigDecimal feeAmount;
    @Column(name = "fee_currency")
    public String feeCurrency;

    Money fee() {
        return new Money(feeAmount, feeCurrency);
    }
}
