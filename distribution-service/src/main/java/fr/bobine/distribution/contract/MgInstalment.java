package fr.bobine.distribution.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import fr.bobine.distribution.contract.ContractDtos.InstalmentDto;
import fr.bobine.distribution.contract.ContractEnums.InstalmentStatus;
import fr.bobine.distribution.contract.ContractEnums.InstalmentTrigger;
import fr.bobine.platform.money.DecimalString;
import fr.bobine.platform.money.Money;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "mg_instalment")
public class MgInstalment extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "contract_id")
    public UUID contractId;
    public int position;
    public String label;
    @Enumerated(EnumType.STRING)
    public InstalmentTrigger trigger;
    public BigDecimal share;
    public BigDecimal amount;
    public String currency;
    @Enumerated(EnumType.STRING)
    public InstalmentStatus status;
    @Column(name = "due_on")
    public LocalDate dueOn;
    @Column(name = "received_on")
    public LocalDate receivedOn;

    InstalmentDto toDto() {
        return new InstalmentDto(id, position, label, trigger, DecimalString.rate(share), new Money(amount, currency),
                status, dueOn, receivedOn);
    }
}
