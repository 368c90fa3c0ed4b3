package fr.bobine.budget.cashflow;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The cash-flow settings a production's accountant set; without them the plan uses {@link PaymentTerms#DEFAULTS}. */
@Entity
@Table(name = "cash_flow_settings")
public class CashFlowSettings extends PanacheEntityBase {
    @Id
    @Column(name = "production_id")
    public UUID productionId;
    @Column(name = "opening_balance")
    public BigDecimal openingBalance;
    @Column(name = "opening_date")
    public LocalDate openingDate;
    public BigDecimal threshold;
    @Column(name = "vat_rate")
    public BigDecimal vatRate;
    @Column(name = "salary_days_after_week")
    public int salaryDaysAfterWeek;
    @Column(name = "contributions_day")
    public int contributionsDay;
    @Column(name = "contributions_months_later")
    public int contributionsMonthsLater;
    @Column(name = "statement_payment_days")
    public int statementPaymentDays;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Version
    public long version;

    PaymentTerms terms() {
        return new PaymentTerms(vatRate, salaryDaysAfterWeek, contributionsDay, contributionsMonthsLater,
                statementPaymentDays);
    }
}
