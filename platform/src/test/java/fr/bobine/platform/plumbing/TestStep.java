package fr.bobine.platform.plumbing;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One applied step; {@code id} numbers the steps in the order they were applied. */
@Entity
@Table(name = "test_step")
public class TestStep extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "production_id")
    public UUID productionId;
    public int step;
    @Column(name = "event_id")
    public String eventId;
    @Column(name = "trace_id")
    public String traceId;
}
