package fr.bobine.rights.availability;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A licence granted downstream, copied from distribution.contract.signed and its amendments
 * (distribution.contract.amended); its blocks are a JSON array of RightsBlock.
 */
@Entity
@Table(name = "granted_licence")
public class GrantedLicenceRecord extends PanacheEntityBase {

    @Id
    @Column(name = "contract_id")
    public UUID contractId;
    @Column(name = "production_id")
    public UUID productionId;
    public String licensee;
    /** DISTRIBUTOR, SALES_AGENT, BROADCASTER or PLATFORM; null for licences received before it was kept. */
    @Column(name = "counterparty_kind")
    public String counterpartyKind;
    @Column(name = "signed_on")
    public LocalDate signedOn;
    public String blocks;
    /** The contract's last amendment these blocks come from; 0 for the contract as signed. */
    @Column(name = "amendment_number")
    public int amendmentNumber;
    @Column(name = "received_at")
    public Instant receivedAt;
}
