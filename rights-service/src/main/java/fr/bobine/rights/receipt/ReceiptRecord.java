package fr.bobine.rights.receipt;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Generated;

import fr.bobine.platform.money.Money;
import fr.bobine.rights.waterfall.Media;
import fr.bobine.rights.waterfall.Receipt;
import fr.bobine.rights.waterfall.ReceiptKind;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Money received for a production; {@code seq} is the order receipts run down the waterfalls, once each. */
@Entity
@Table(name = "receipt")
public class ReceiptRecord extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "production_id")
    public UUID productionId;
    @Generated
    @Column(insertable = false, updatable = false)
    public Long seq;
    @Enumerated(EnumType.STRING)
    public ReceiptSource source;
    @Column(name = "source_ref")
    public String sourceRef;
    @Column(name = "received_on")
    public LocalDate receivedOn;
    @Enumerated(EnumType.STRING)
    public Media media;
    public String territory;
    public BigDecimal gross;
    public String currency;
    public Integer admissions;
    @Enumerated(EnumType.STRING)
    public ReceiptKind kind = ReceiptKind.EXPLOITATION;
    @Column(name = "in_financing_plan")
    public boolean inFinancingPlan;
    @Column(name = "report_id")
    public UUID reportId;
    public String reporter;
    @Column(name = "created_at")
    public Instant createdAt;

    /** A production's receipts in the order they were recorded, the order every run and recompute uses. */
    public static List<ReceiptRecord> inOrder(UUID productionId) {
        return list("productionId = ?1 order by seq", productionId);
    }

    public Receipt toEngine() {
        return new Receipt(id.toString(), receivedOn, media, territory, gross, admissions, kind, inFinancingPlan);
    }

    public Money grossMoney() {
        return new Money(gross, currency);
    }
}
