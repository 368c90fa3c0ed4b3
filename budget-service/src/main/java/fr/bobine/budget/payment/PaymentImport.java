package fr.bobine.budget.payment;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One payments file imported for a production, recognised by the SHA-256 of its bytes, with what it booked. */
@Entity
@Table(name = "payment_import")
public class PaymentImport extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "production_id")
    public UUID productionId;
    @Column(name = "file_name")
    public String fileName;
    @Column(name = "file_sha256")
    public String fileSha256;
    @Column(name = "lines_read")
    public int linesRead;
    @Column(name = "lines_booked")
    public int linesBooked;
    @Column(name = "lines_already_booked")
    public int linesAlreadyBooked;
    @Column(name = "imported_at")
    public Instant importedAt;
}
