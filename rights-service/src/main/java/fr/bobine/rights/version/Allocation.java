package fr.bobine.rights.version;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One step of one receipt down one waterfall version: what reached a node, what its holder took and why. */
@Entity
@Table(name = "allocation")
public class Allocation extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "waterfall_id")
    public UUID waterfallId;
    @Column(name = "receipt_id")
    public UUID receiptId;
    @Column(name = "step_order")
    public int stepOrder;
    @Column(name = "node_id")
    public String nodeId;
    public String holder;
    public String kind;
    public BigDecimal reached;
    public BigDecimal took;
    public String reason;
}
