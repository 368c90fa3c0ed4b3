package fr.bobine.rights.contract;

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

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A rights contract; its blocks, remuneration and signatory are a JSON document (RightsContractDto). */
@Entity
@Table(name = "rights_contract")
public class RightsContractRecord extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "production_id")
    public UUID productionId;
    @Column(name = "work_id")
    public UUID workId;
    @Enumerated(EnumType.STRING)
    public ContractKind kind;
    @Column(name = "holder_name")
    public String holderName;
    @Enumerated(EnumType.STRING)
    public ContractStatus status;
    @Column(name = "signed_on")
    public LocalDate signedOn;
    public String document;
    @Version
    public long version;
    @Column(name = "created_at")
    public Instant createdAt;
}
