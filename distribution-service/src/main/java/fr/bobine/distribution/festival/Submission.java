package fr.bobine.distribution.festival;

import java.math.BigDecimal;
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

import fr.bobine.platform.money.Money;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "festival_submission")
public class Submission extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "production_id")
    public UUID productionId;
    @Column(name = "edition_id")
    public UUID editionId;
    @Column(name = "section_code")
    public String sectionCode;
    public String tier;
    @Column(name = "fee_amount")
    public BigDecimal feeAmount;
    @Column(name = "fee_currency")
    public String feeCurrency;
    public String platform;
    @Column(name = "tracking_id")
    public String trackingId;
    @Column(name = "screener_url")
    public String screenerUrl;
    @Column(name = "submitted_on")
    public LocalDate submittedOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "submission_status")
    public SubmissionStatus submissionStatus;
    @Enumerated(EnumType.STRING)
    @Column(name = "judging_status")
    public JudgingStatus judgingStatus;
    @Column(name = "notified_on")
    public LocalDate notifiedOn;
    @Column(name = "fee_paid_on")
    public LocalDate feePaidOn;
    @Version
    public long version;
    @Column(name = "created_at")
    public Instant createdAt;

    Money fee() {
        return new Money(feeAmount, feeCurrency);
    }

    /** Still in the running: not withdrawn or disqualified, not turned down. */
    boolean pending() {
        return submissionStatus != SubmissionStatus.WITHDRAWN && submissionStatus != SubmissionStatus.DISQUALIFIED
                && judgingStatus != JudgingStatus.NOT_SELECTED;
    }
}
