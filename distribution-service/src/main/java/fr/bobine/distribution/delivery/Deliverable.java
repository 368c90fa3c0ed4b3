package fr.bobine.distribution.delivery;

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

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import fr.bobine.distribution.delivery.DeliveryDtos.TechnicalSpec;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "deliverable")
public class Deliverable extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "production_id")
    public UUID productionId;
    public String recipient;
    @Enumerated(EnumType.STRING)
    public DeliverableKind kind;
    @Column(name = "due_on")
    public LocalDate dueOn;
    @JdbcTypeCode(SqlTypes.JSON)
    public TechnicalSpec spec;
    @Column(name = "dcp_name")
    public String dcpName;
    @Enumerated(EnumType.STRING)
    @Column(name = "qc_state")
    public QcState qcState;
    @Column(name = "mg_instalment_id")
    public UUID mgInstalmentId;
    @Version
    public long version;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
