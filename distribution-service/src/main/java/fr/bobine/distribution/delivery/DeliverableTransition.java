package fr.bobine.distribution.delivery;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "deliverable_transition")
public class DeliverableTransition extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "deliverable_id")
    public UUID deliverableId;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_state")
    public QcState fromState;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_state")
    public QcState toState;
    public String note;
    @Column(name = "occurred_at")
    public Instant occurredAt;
    public String actor;
}
