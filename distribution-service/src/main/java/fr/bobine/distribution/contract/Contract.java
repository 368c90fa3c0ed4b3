package fr.bobine.distribution.contract;

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
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import fr.bobine.distribution.contract.ContractDtos.RightsBlock;
import fr.bobine.distribution.contract.ContractEnums.ContractStatus;
import fr.bobine.distribution.contract.ContractEnums.CounterpartyKind;
import fr.bobine.distribution.contract.ContractEnums.ReportingFrequency;
import fr.bobine.platform.money.Money;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "distribution_contract")
public class Contract extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "production_id")
    public UUID productionId;
    @Column(name = "counterparty_name")
    public String counterpartyName;
    @Enumerated(EnumType.STRING)
    @Column(name = "counterparty_kind")
    public CounterpartyKind counterpartyKind;
    @Enumerated(EnumType.STRING)
    public ContractStatus status;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "rights_blocks")
    public List<RightsBlock> rightsBlocks;
    @Column(name = "mg_amount")
    public BigDecimal mgAmount;
    @Column(name = "mg_currency")
    public String mgCurrency;
    @Column(name = "commission_rate")
    public BigDecimal commissionRate;
    @Column(name = "expense_cap_amount")
    public BigDecimal expenseCapAmount;
    @Column(name = "expense_cap_currency")
    public String expenseCapCurrency;
    @Enumerated(EnumType.STRING)
    @Column(name = "reporting_frequency")
    public ReportingFrequency reportingFrequency;
    @Column(name = "signed_on")
    public LocalDate signedOn;
    @Version
    public long version;
    @Column(name = "created_at")
    public Instant createdAt;

    Money minimumGuarantee() {
        return mgAmount == null ? null : new Money(mgAmount, mgCurrency);
    }

    Money expenseCap() {
        return expenseCapAmount == null ? null : new Money(expenseCapAmount, expenseCapCurrency);
    }
}
