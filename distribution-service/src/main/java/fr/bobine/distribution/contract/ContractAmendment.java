package fr.bobine.distribution.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import fr.bobine.distribution.contract.ContractDtos.ContractTerms;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An amendment (avenant) to a signed contract: its number, the terms before and after it. Never changed. */
@Entity
@Table(name = "distribution_contract_amendment")
public class ContractAmendment extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "contract_id")
    public UUID contractId;
    @Column(name = "production_id")
    public UUID productionId;
    public int number;
    @Column(name = "signed_on")
    public LocalDate signedOn;
    public String reason;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> changes;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "terms_before")
    public ContractTerms termsBefore;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "terms_after")
    public ContractTerms termsAfter;
    @Column(name = "created_at")
    public Instant createdAt;
}
