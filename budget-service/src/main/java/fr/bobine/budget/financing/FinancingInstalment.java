package fr.bobine.budget.financing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A scheduled payment of a financing source. */
@Entity
@Table(name = "financing_instalment")
public class FinancingInstalment extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "source_id")
    public UUID sourceId;
    public int position;
    @Column(name = "due_date")
    public LocalDate dueDate;
    public BigDecimal amount;
    @Column(name = "received_date")
    public LocalDate receivedDate;
}
